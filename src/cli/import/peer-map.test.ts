import { describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../catalog/index.js';
import { defaultPolicyDirectory } from '../../engine/index.js';
import { PeerIndex } from './peer-map.js';

describe('PeerIndex on the built-in catalogue', () => {
  it('waives a check only when every peer check it unites is skipped', async () => {
    const checks = (await loadCatalog(defaultPolicyDirectory())).checks;
    const checkov = new PeerIndex(checks, 'checkov');
    expect(checkov.match(['CKV_AWS_53']).covered).toEqual([]);
    expect(checkov.match(['CKV_AWS_53']).partial).toEqual([{ checkId: 'AWS-0002', missing: ['CKV_AWS_54', 'CKV_AWS_55', 'CKV_AWS_56'] }]);
    expect(checkov.match(['CKV_AWS_53', 'ckv_aws_54', 'CKV_AWS_55', 'CKV_AWS_56']).covered).toEqual([
      { checkId: 'AWS-0002', by: ['CKV_AWS_53', 'ckv_aws_54', 'CKV_AWS_55', 'CKV_AWS_56'] },
    ]);
  });

  it('counts a Trivy AVD id, its long ids, KSVnnn and the tfsec name as one peer check', async () => {
    const trivy = new PeerIndex((await loadCatalog(defaultPolicyDirectory())).checks, 'trivy');
    expect(trivy.match(['aws-rds-no-public-db-access']).covered.map((c) => c.checkId)).toEqual(['AWS-0009']);
    expect(trivy.match(['aws-s3-enable-versioning']).covered.map((c) => c.checkId)).toEqual(['AWS-0003']);
    expect(trivy.match(['KSV008', 'AVD-KSV-0009']).partial).toEqual([{ checkId: 'K8S-0004', missing: ['AVD-KSV-0010'] }]);
    expect(trivy.knows('AVD-AWS-0082')).toBe(false);
  });

  it('never waives a check through a peer check narrower than ours (custom.peers_partial), and says which', async () => {
    const trivy = new PeerIndex((await loadCatalog(defaultPolicyDirectory())).checks, 'trivy');
    // AVD-AWS-0009 judges launch configurations; AWS-0017 judges instances and launch templates too
    expect(trivy.match(['AVD-AWS-0009'])).toEqual({ covered: [], partial: [{ checkId: 'AWS-0017', missing: [], narrower: ['AVD-AWS-0009'] }] });
    expect(trivy.match(['aws-autoscaling-no-public-ip']).covered).toEqual([]);
  });
});

