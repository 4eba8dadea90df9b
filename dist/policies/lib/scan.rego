# METADATA
# title: Access to the scanned resources
# description: >-
#   Resources grouped by canonical type. The engine passes them either as
#   input.resources_by_type (one evaluation per scope) or once as
#   data.scan.resources_by_type (setData, then evaluations with an empty input).
#   Checks read resources only through this package, so they work in both modes.
# custom:
#   library: true
package lib.scan

# by_type is the object canonical type -> array of resources, whichever way it was supplied.
by_type := input.resources_by_type if {
	is_object(input.resources_by_type)
} else := data.scan.resources_by_type if {
	is_object(data.scan.resources_by_type)
} else := {}

# resources(type) is the array of resources of one canonical type ([] when there are none).
resources(type) := rs if {
	rs := by_type[type]
	is_array(rs)
} else := []
