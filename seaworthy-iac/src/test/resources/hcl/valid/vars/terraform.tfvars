cluster_version = "1.29"
environment     = "staging"
node_min        = 2
