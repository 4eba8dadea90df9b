package lib.unknown_test

import data.lib.unknown

unk := {"$unknown": true, "reason": "var.x"}

test_allow_is_unknown if {
	unknown.is_unknown(unk)
	not unknown.is_unknown({"$unknown": false})
	not unknown.is_unknown(false)
	not unknown.is_unknown(null)
	not unknown.is_unknown("x")
}

test_allow_known if {
	unknown.known(false)
	not unknown.known(unk)
}

test_allow_unknown_on_path if {
	unknown.unknown_on_path({"a": unk}, ["a", "b", "c"])
	unknown.unknown_on_path({"a": {"b": unk}}, ["a", "b"])
	unknown.unknown_on_path(unk, ["a"])
	not unknown.unknown_on_path({"a": {}}, ["a", "b"])
	unknown.unknown_on_path({"a": [unk]}, ["a", 0, "b"])
}

test_allow_absent if {
	unknown.absent({}, ["a", "b"])
	unknown.absent({"a": {}}, ["a", "b"])
	unknown.absent({"a": {"b": null}}, ["a", "b"])
	not unknown.absent({"a": {"b": false}}, ["a", "b"])
	not unknown.absent({"a": unk}, ["a", "b"])
	not unknown.absent({"a": {"b": unk}}, ["a", "b"])
}
