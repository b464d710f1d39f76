package dev.seaworthy.iac.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seaworthy.core.load.LoadedInput;
import dev.seaworthy.core.model.Node;
import dev.seaworthy.core.model.ScalarNode;
import dev.seaworthy.core.model.ScalarType;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading Terraform never fetches or reads anything the configuration names. */
class NoSideEffectsTest {

  @Test
  void dataHttpAndFileFunctionsCauseNoIo(@TempDir Path tmp) throws IOException {
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(300);
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/policy.json";
      Path dir = tmp.resolve("tf");
      LoadedInput in = Tf.folder(dir, "main.tf", """
          data "http" "policy" {
            url = "%s"
          }

          resource "aws_iam_policy" "p" {
            policy      = data.http.policy.response_body
            description = file("%s")
            template    = templatefile("%s", {})
            exists      = fileexists("%s")
            sum         = filesha256("%s")
          }
          """.formatted(url, secret, secret, secret, secret));
      assertThat(in.errors()).isEmpty();
      assertThat(Tf.resource(in, "data.http.policy").node().at("url").text()).contains(url);
      Node p = Tf.resource(in, "aws_iam_policy.p").node();
      for (String key : new String[] {"policy", "description", "template", "exists", "sum"}) {
        assertThat(((ScalarNode) p.at(key)).type()).as(key).isEqualTo(ScalarType.EXPRESSION);
        assertThat(p.at(key).text().orElse("")).as(key).doesNotContain("TOP-SECRET-CONTENT");
      }
      assertThat(p.at("description").text()).contains("file(\"" + secret + "\")");
      assertThatThrownBy(server::accept).as("nothing connected to the data source's URL").isInstanceOf(SocketTimeoutException.class);
    }
  }
}
