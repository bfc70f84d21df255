# Larkspur Savings Bank — Falcon sensor and content rollout, kept as Terraform (a fictional bank).
#
# `ringfence check examples/deployments/falcon-terraform` reads these files as they are, with the overlay beside
# them for what Terraform cannot say (host counts of dynamic groups, criticality, recovery). Its gaps, on purpose
# (content_update_policies.tf, host_groups.tf): the branches and servers, and the domain controllers, take
# system-critical content on GA with no delay; the trading floor takes rapid-response content from early access;
# the ATM and kiosk group is in no content-update policy; the four domain controllers are one group in one ring.
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
