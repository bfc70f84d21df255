resource "crowdstrike_content_update_policy" "canary" {
  name        = "Canary"
  description = "Every category from early access."
  enabled     = true
  host_groups = [crowdstrike_host_group.it_canary.id]

  sensor_operations        = { ring_assignment = "ea" }
  system_critical          = { ring_assignment = "ea" }
  vulnerability_management = { ring_assignment = "ea" }
  rapid_response           = { ring_assignment = "ea" }
}

resource "crowdstrike_content_update_policy" "pilot" {
  name        = "Pilot"
  description = "Head office, shortly after general availability."
  enabled     = true
  host_groups = [crowdstrike_host_group.head_office.id]

  sensor_operations = {
    ring_assignment = "ga"
    delay_hours     = 2
  }
  system_critical = {
    ring_assignment = "ga"
    delay_hours     = 2
  }
  vulnerability_management = {
    ring_assignment = "ga"
    delay_hours     = 2
  }
  rapid_response = {
    ring_assignment = "ga"
    delay_hours     = 2
  }
}

resource "crowdstrike_content_update_policy" "broad" {
  name        = "Broad"
  description = "Branches and servers."
  enabled     = true
  host_groups = [
    crowdstrike_host_group.branch_desktops.id,
    crowdstrike_host_group.servers.id,
  ]

  sensor_operations = {
    ring_assignment = "ga"
    delay_hours     = var.broad_delay_hours
  }
  # Lowered to 0 in March to get a fix to the branches sooner; never raised again.
  system_critical = {
    ring_assignment = "ga"
    delay_hours     = 0
  }
  vulnerability_management = {
    ring_assignment = "ga"
    delay_hours     = local.ga_after_broad
  }
  rapid_response = {
    ring_assignment = "ga"
    delay_hours     = 2
  }
}

resource "crowdstrike_content_update_policy" "trading" {
  name        = "Trading"
  description = "Dealer workstations, a day behind general availability."
  enabled     = true
  host_groups = [crowdstrike_host_group.trading_floor.id]

  sensor_operations = {
    ring_assignment = "ga"
    delay_hours     = 24
  }
  system_critical = {
    ring_assignment = "ga"
    delay_hours     = 24
  }
  vulnerability_management = {
    ring_assignment = "ga"
    delay_hours     = 24
  }
  # Set during a phishing campaign so new allow/block lists arrive at once; never set back.
  rapid_response = {
    ring_assignment = "ea"
  }
}

resource "crowdstrike_content_update_policy" "domain_controllers" {
  name        = "Domain Controllers"
  description = "Tier 0."
  enabled     = true
  host_groups = [crowdstrike_host_group.domain_controllers.id]

  sensor_operations = {
    ring_assignment = "ga"
    delay_hours     = 24
  }
  system_critical = {
    ring_assignment = "ga"
    delay_hours     = 0
  }
  vulnerability_management = {
    ring_assignment = "ga"
    delay_hours     = 24
  }
  rapid_response = {
    ring_assignment = "ga"
    delay_hours     = 8
  }
}

resource "crowdstrike_content_update_policy_precedence" "order" {
  enforcement = "dynamic"
  ids = [
    crowdstrike_content_update_policy.domain_controllers.id,
    crowdstrike_content_update_policy.trading.id,
    crowdstrike_content_update_policy.canary.id,
    crowdstrike_content_update_policy.pilot.id,
    crowdstrike_content_update_policy.broad.id,
  ]
}
