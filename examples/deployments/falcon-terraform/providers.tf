# Larkspur Savings Bank — Falcon sensor and content rollout, kept as Terraform (a fictional bank).
#
# `ringfence check examples/deployments/falcon-terraform` reads these files as they are, with the overlay beside
# them for what Terraform cannot say (host counts of dynamic groups, criticality, recovery). Its gaps, on purpose:
# the domain controllers take system-critical content on GA with no delay (content_update_policies.tf), the
# trading floor takes rapid-response content from early access, and the ATM and kiosk group is in no policy.
# All names, numbers and addresses are invented.

terraform {
  required_version = ">= 1.6"
  required_providers {
    crowdstrike = {
      source  = "CrowdStrike/crowdstrike"
      version = "~> 0.0"
    }
  }
}

provider "crowdstrike" {
  cloud = "eu-1"
}

data "crowdstrike_sensor_update_policy_builds" "current" {}
