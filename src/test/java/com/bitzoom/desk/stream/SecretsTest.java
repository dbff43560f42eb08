package com.bitzoom.desk.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretsTest {

    private static final String KEY = "pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1";

    @Test
    void listenKeyIsShownMasked() {
        ListenKey key = new ListenKey(KEY);
        assertThat(key.masked()).isEqualTo("pqia…a1");
        assertThat(key.toString()).isEqualTo("pqia…a1").doesNotContain(KEY);
    }

    @Test
    void tokenNeverAppearsInToString() {
        ApiToken token = ApiToken.of("s3cr3t-token-value");
        assertThat(token.toString()).doesNotContain("s3cr3t");
        assertThat(token.bearer()).isEqualTo("Bearer s3cr3t-token-value");
    }

    @Test
    void badTokenIsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> ApiToken.of("has space-secret")).hasMessageNotContaining("secret");
        assertThatThrownBy(() -> ApiToken.of("  ")).hasMessageContaining("empty");
    }

    @Test
    void environmentVariableOverridesTheSettings() {
        Optional<ApiToken> settings = Optional.of(ApiToken.of("from-settings"));
        assertThat(ApiToken.resolve(settings, Map.of("BITZOOM_TOKEN", "from-env"))).contains(ApiToken.of("from-env"));
        assertThat(ApiToken.resolve(settings, Map.of("BITZOOM_TOKEN", " "))).isEqualTo(settings);
        assertThat(ApiToken.resolve(Optional.empty(), Map.of())).isEmpty();
    }

    @Test
    void demoTokensAreFreshEachTime() {
        assertThat(ApiToken.demo()).isNotEqualTo(ApiToken.demo());
    }
}
