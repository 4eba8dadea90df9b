package checks.aws.s3.public_access_block_test

import data.checks.aws.s3.public_access_block

unk := {"$unknown": true, "reason": "var.block"}

all_on := {
	"declared": true,
	"block_public_acls": true,
	"block_public_policy": true,
	"ignore_public_acls": true,
	"restrict_public_buckets": true,
}

bucket(pab) := {"resources_by_type": {"aws.s3.bucket": [{
	"id": "AWS::S3::Bucket/Data",
	"type": "aws.s3.bucket",
	"attributes": {"public_access_block": pab},
}]}}

test_deny_one_setting if {
	public_access_block.deny == {{
		"msg": "S3 bucket AWS::S3::Bucket/Data has public access block setting block_public_policy disabled",
		"resource_id": "AWS::S3::Bucket/Data",
		"attribute_path": ["public_access_block", "block_public_policy"],
	}} with input as bucket(object.union(all_on, {"block_public_policy": false}))
}

test_deny_each_setting_separately if {
	paths := {v.attribute_path | some v in public_access_block.deny} with input as bucket({
		"declared": true,
		"block_public_acls": false,
		"block_public_policy": false,
		"ignore_public_acls": false,
		"restrict_public_buckets": false,
	})
	paths == {
		["public_access_block", "block_public_acls"],
		["public_access_block", "block_public_policy"],
		["public_access_block", "ignore_public_acls"],
		["public_access_block", "restrict_public_buckets"],
	}
}

test_allow_all_on if {
	count(public_access_block.deny) == 0 with input as bucket(all_on)
}

test_allow_attribute_absent if {
	count(public_access_block.deny) == 0 with input as bucket({"declared": false})
}

test_allow_unknown if {
	count(public_access_block.deny) == 0 with input as bucket(object.union(all_on, {"block_public_acls": unk}))
}

test_allow_unknown_block if {
	count(public_access_block.deny) == 0 with input as bucket(unk)
}
