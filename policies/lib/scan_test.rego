package lib.scan_test

import data.lib.scan

resources := {"aws.s3.bucket": [{"id": "a"}]}

test_allow_reads_input if {
	scan.resources("aws.s3.bucket") == [{"id": "a"}] with input as {"resources_by_type": resources}
}

test_allow_reads_data if {
	scan.resources("aws.s3.bucket") == [{"id": "a"}] with data.scan.resources_by_type as resources
}

test_allow_input_wins_over_data if {
	scan.by_type == {} with input as {"resources_by_type": {}}
		with data.scan.resources_by_type as resources
}

test_allow_nothing_supplied if {
	scan.by_type == {}
}

test_allow_missing_type_is_empty if {
	scan.resources("aws.ec2.security_group") == [] with input as {"resources_by_type": resources}
}

test_allow_non_array_is_empty if {
	scan.resources("aws.s3.bucket") == [] with input as {"resources_by_type": {"aws.s3.bucket": {"$unknown": true}}}
}
