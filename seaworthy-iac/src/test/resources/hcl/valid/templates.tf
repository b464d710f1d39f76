variable "max_pods" {
  default = 110
}

variable "extra_labels" {
  default = ["team=platform", "tier=system"]
}

locals {
  bootstrap = <<-EOT
    #!/bin/bash
    set -o xtrace
    /etc/eks/bootstrap.sh platform --kubelet-extra-args '--max-pods=${var.max_pods}%{ for l in var.extra_labels } --node-labels=${l}%{ endfor }'
    %{~ if var.max_pods > 100 ~}
    echo "prefix delegation"
    %{~ else ~}
    echo "secondary IPs"
    %{~ endif ~}
  EOT
  escaped = "literal $${not_interpolated} and %%{not_a_directive}"
  unicode = "caf\u00e9 \U0001F680 tab\tquote\" backslash\\"
}

resource "aws_launch_template" "bootstrap" {
  name_prefix = "bootstrap-"
  user_data   = base64encode(local.bootstrap)
  description = local.escaped
  tags = {
    Unicode = local.unicode
    Script  = templatefile("${path.module}/bootstrap.tpl", { cluster = "platform" })
    Greet   = "%{ if var.max_pods > 200 }big%{ else }small%{ endif } nodes"
  }
}
