variable "broad_delay_hours" {
  description = "Hours the broad ring waits after general availability."
  type        = number
  default     = 4
}

variable "critical_sensor_build" {
  description = "The sensor build the trading floor and the domain controllers are held at."
  type        = string
  default     = "7.24.19507"
}

locals {
  head_office_rule = "tags:'SensorGroupingTags/head-office'+platform_name:'Windows'"
  ga_after_broad   = var.broad_delay_hours
}
