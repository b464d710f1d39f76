environment = "never-applied"
