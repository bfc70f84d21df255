resource "crowdstrike_host_group" "it_canary" {
  name        = "IT Canary"
  description = "IT staff workstations and test servers that take every update first."
  type        = "static"
  hostnames = [
    "itc-ws-01.larkspur.example",
    "itc-ws-02.larkspur.example",
    "itc-ws-03.larkspur.example",
    "itc-ws-04.larkspur.example",
    "itc-srv-01.larkspur.example",
    "itc-srv-02.larkspur.example",
  ]
}

resource "crowdstrike_host_group" "head_office" {
  name            = "Head Office"
  description     = "Head-office workstations."
  type            = "dynamic"
  assignment_rule = local.head_office_rule
}

resource "crowdstrike_host_group" "branch_desktops" {
  name            = "Branch Desktops"
  description     = "Teller and adviser desktops in the branches."
  type            = "dynamic"
  assignment_rule = "tags:'SensorGroupingTags/branch'+platform_name:'Windows'"
}

resource "crowdstrike_host_group" "servers" {
  name            = "Servers"
  description     = "Data-centre application servers."
  type            = "dynamic"
  assignment_rule = "tags:'SensorGroupingTags/dc-server'+platform_name:'Windows'"
}

resource "crowdstrike_host_group" "trading_floor" {
  name            = "Trading Floor"
  description     = "Dealer workstations."
  type            = "dynamic"
  assignment_rule = "tags:'SensorGroupingTags/trading'"
}

resource "crowdstrike_host_group" "domain_controllers" {
  name        = "Domain Controllers"
  description = "Active Directory domain controllers."
  type        = "static"
  hostnames = [
    "dc01.corp.larkspur.example",
    "dc02.corp.larkspur.example",
    "dc03.corp.larkspur.example",
    "dc04.corp.larkspur.example",
  ]
}

# Enrolled in October; nobody added it to a content-update policy.
resource "crowdstrike_host_group" "atm_kiosks" {
  name            = "ATM Kiosks"
  description     = "ATMs and branch self-service kiosks."
  type            = "dynamic"
  assignment_rule = "tags:'SensorGroupingTags/atm'"
}
