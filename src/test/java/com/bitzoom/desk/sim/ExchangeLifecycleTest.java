package com.bitzoom.desk.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Starting, addressing, binding and stopping the exchange. */
class ExchangeLifecycleTest {

    @Test
    void urlsNameLoopbackAndTheBoundPorts() {
        try (Exchange exchange = TestExchanges.start(ExchangeOptions.defaults().withSymbols(2))) {
            assertThat(exchange.wsUrl().toString()).matches("ws://127\\.0\\.0\\.1:\\d+/ws");
            assertThat(exchange.restUrl().toString()).matches("http://127\\.0\\.0\\.1:\\d+");
            assertThat(exchange.wsUrl().getPort()).isNotEqualTo(exchange.restUrl().getPort()).isPositive();
        }
    }

    @Test
    void bothPortsAreReachableOnLoopbackOnly() throws Exception {
        List<InetAddress> others = new ArrayList<>();
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                if (!a.isLoopbackAddress() && a instanceof Inet4Address) {
                    others.add(a);
                }
            }
        }
        try (Exchange exchange = TestExchanges.start(ExchangeOptions.defaults().withSymbols(2))) {
            for (int port : new int[] {exchange.wsUrl().getPort(), exchange.restUrl().getPort()}) {
                try (Socket s = new Socket(InetAddress.getByName("127.0.0.1"), port)) {
                    assertThat(s.isConnected()).isTrue();
                }
                for (InetAddress other : others) {
                    try (Socket s = new Socket()) {
                        assertThatThrownBy(() -> s.connect(new InetSocketAddress(other, port), 2000))
                                .as("port %d must not answer on %s", port, other)
                                .isInstanceOf(ConnectException.class);
                    }
                }
            }
        }
        assumeThat(others).as("this machine has a non-loopback IPv4 address to try").isNotEmpty();
    }

    @Test
    void fixedPortsAreUsedAndABusyPortIsReported() throws Exception {
        int free;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            free = probe.getLocalPort();
        }
        try (Exchange exchange = TestExchanges.start(ExchangeOptions.defaults().withSymbols(2).withWsPort(free))) {
            assertThat(exchange.wsUrl().getPort()).isEqualTo(free);
            assertThatThrownBy(() -> TestExchanges.start(ExchangeOptions.defaults().withSymbols(2).withWsPort(free)))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("could not listen");
        }
    }

    @Test
    void closeEndsEveryThreadItStartedAndMayBeRepeated() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        Exchange exchange = TestExchanges.start(ExchangeOptions.defaults().withSymbols(3));
        Set<Thread> started = new java.util.HashSet<>(Thread.getAllStackTraces().keySet());
        started.removeAll(before);
        assertThat(started).allMatch(Thread::isDaemon, "daemon");
        assertThat(names(started)).anyMatch(n -> n.startsWith("bitzoom-sim-market"))
                .anyMatch(n -> n.startsWith("bitzoom-sim-ws"))
                .anyMatch(n -> n.startsWith("bitzoom-sim-rest"));

        exchange.close();
        exchange.close();
        exchange.stop();
        for (Thread t : started) {
            t.join(5000);
        }
        assertThat(names(started.stream().filter(Thread::isAlive).collect(Collectors.toSet()))).isEmpty();
    }

    @Test
    void optionsRefuseNonsense() {
        assertThatThrownBy(() -> ExchangeOptions.defaults().withSymbols(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExchangeOptions.defaults().withSpeed(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExchangeOptions.defaults().withWsPort(70000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExchangeOptions.defaults().withListenKeyTtl(java.time.Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultsAreTheSpecsLimitsOnLoopback() {
        ExchangeOptions d = ExchangeOptions.defaults();
        assertThat(d.host()).isEqualTo("127.0.0.1");
        assertThat(d.wsPort()).isZero();
        assertThat(d.restPort()).isZero();
        assertThat(d.symbols()).isEqualTo(20);
        assertThat(d.maxConnectionsPerIp()).isEqualTo(5);
        assertThat(d.maxStreamsPerConnection()).isEqualTo(200);
        assertThat(d.maxMessagesPerSecond()).isEqualTo(10);
        assertThat(d.listenKeyTtl()).isEqualTo(java.time.Duration.ofMinutes(60));
        assertThat(d.maxRequestBodyBytes()).isEqualTo(64 * 1024);
        assertThat(d.faultsEndpoint()).isFalse();
    }

    private static Set<String> names(Set<Thread> threads) {
        return threads.stream().map(Thread::getName).collect(Collectors.toSet());
    }
}
