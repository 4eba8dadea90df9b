# METADATA
# title: Unknown values
# description: >-
#   A value the scanner could not resolve is the object {"$unknown": true, "reason": "..."}.
#   Unknown is not false: a check never reports on it. Compare with the failing literal
#   (== false) and use these helpers where absence is what fails.
# custom:
#   library: true
package lib.unknown

# is_unknown(x) holds when x is the unknown marker object.
is_unknown(x) if {
	is_object(x)
	x["$unknown"] == true
}

# known(x) holds when x is defined and not the unknown marker.
known(x) if not is_unknown(x)

# unknown_on_path(obj, path) holds when obj itself, or any value on the way down path
# (the value at path included), is unknown. Use it before reporting an absent attribute.
unknown_on_path(obj, _) if is_unknown(obj)

unknown_on_path(obj, path) if {
	some n in numbers.range(1, count(path))
	is_unknown(object.get(obj, array.slice(path, 0, n), null))
}

# absent(obj, path) holds when path does not exist in obj and nothing on the way is unknown.
absent(obj, path) if {
	object.get(obj, path, null) == null
	not unknown_on_path(obj, path)
}
