resource "crowdstrike_sensor_update_policy" "canary" {
  name                 = "Canary sensors"
  description          = "The newest sensor."
  enabled              = true
  platform_name        = "Windows"
  build                = data.crowdstrike_sensor_update_policy_builds.current.windows.latest.build
  uninstall_protection = true
  host_groups          = [crowdstrike_host_group.it_canary.id]
  schedule = {
    enabled = false
  }
}

resource "crowdstrike_sensor_update_policy" "standard" {
  name                 = "Standard sensors"
  description          = "One release behind."
  enabled              = true
  platform_name        = "Windows"
  build                = data.crowdstrike_sensor_update_policy_builds.current.windows.n1.build
  uninstall_protection = true
  host_groups = [
    crowdstrike_host_group.head_office.id,
    crowdstrike_host_group.branch_desktops.id,
    crowdstrike_host_group.servers.id,
  ]
  schedule = {
    enabled  = true
    timezone = "Europe/London"
    time_blocks = [
      {
        days       = ["monday", "tuesday", "wednesday", "thursday", "friday"]
        start_time = "08:00"
        end_time   = "18:00"
      }
    ]
  }
}

resource "crowdstrike_sensor_update_policy" "critical" {
  name                 = "Critical sensors"
  description          = "Held at a build the change board approved."
  enabled              = true
  platform_name        = "Windows"
  build                = var.critical_sensor_build
  uninstall_protection = true
  host_groups = [
    crowdstrike_host_group.trading_floor.id,
    crowdstrike_host_group.domain_controllers.id,
  ]
  schedule = {
    enabled = false
  }
}

resource "crowdstrike_default_sensor_update_policy" "windows" {
  platform_name        = "Windows"
  build                = data.crowdstrike_sensor_update_policy_builds.current.windows.n2.build
  uninstall_protection = true
  schedule = {
    enabled = false
  }
}

resource "crowdstrike_sensor_update_policy_precedence" "windows" {
  platform_name = "Windows"
  enforcement   = "strict"
  ids = [
    crowdstrike_sensor_update_policy.critical.id,
    crowdstrike_sensor_update_policy.canary.id,
    crowdstrike_sensor_update_policy.standard.id,
  ]
}
