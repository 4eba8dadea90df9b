import { describe, expect, it } from '@jest/globals';
import { scanFiles } from '../../testing/scan-files.js';

// Issue 15: aws_rds_cluster_instance was not normalised (public Aurora members missed), and the
// backup retention of DB clusters was not checked.
const only = (id: string, findings: string[]): string[] => findings.filter((f) => f.startsWith(`${id} `));

const terraform = (publicly: boolean, days: number): string => `resource "aws_rds_cluster" "main" {
  cluster_identifier      = "orders"
  engine                  = "aurora-postgresql"
  storage_encrypted       = true
  deletion_protection     = true
  backup_retention_period = ${days}
}

resource "aws_rds_cluster_instance" "member" {
  identifier          = "orders-1"
  cluster_identifier  = aws_rds_cluster.main.id
  instance_class      = "db.r6g.large"
  engine              = aws_rds_cluster.main.engine
  publicly_accessible = ${publicly}
}
`;

const cloudformation = (days: number): string => `Resources:
  Orders:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      StorageEncrypted: true
      DeletionProtection: true
      BackupRetentionPeriod: ${days}
`;

describe('Aurora clusters and their members', () => {
  it('Terraform: a public cluster member is reported at publicly_accessible; a private one is not', async () => {
    expect(only('AWS-0009', (await scanFiles({ 'main.tf': terraform(true, 14) })).findings)).toEqual([
      'AWS-0009 aws_rds_cluster_instance.member main.tf:14 publicly_accessible',
    ]);
    expect(only('AWS-0009', (await scanFiles({ 'main.tf': terraform(false, 14) })).findings)).toEqual([]);
  });

  it('Terraform: a cluster keeping backups 1 day is reported at backup_retention_period; 14 days is not', async () => {
    expect(only('AWS-0010', (await scanFiles({ 'main.tf': terraform(false, 1) })).findings)).toEqual([
      'AWS-0010 aws_rds_cluster.main main.tf:6 backup_retention_period',
    ]);
    expect(only('AWS-0010', (await scanFiles({ 'main.tf': terraform(false, 14) })).findings)).toEqual([]);
  });

  it('CloudFormation: a cluster keeping backups 1 day is reported at BackupRetentionPeriod; 14 days is not', async () => {
    expect(only('AWS-0010', (await scanFiles({ 'template.yaml': cloudformation(1) })).findings)).toEqual([
      'AWS-0010 AWS::RDS::DBCluster/Orders template.yaml:8 backup_retention_period',
    ]);
    expect(only('AWS-0010', (await scanFiles({ 'template.yaml': cloudformation(14) })).findings)).toEqual([]);
  });
});
