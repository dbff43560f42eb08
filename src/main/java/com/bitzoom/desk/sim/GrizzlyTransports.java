package com.bitzoom.desk.sim;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.nio.transport.TCPNIOTransport;
import org.glassfish.grizzly.nio.transport.TCPNIOTransportBuilder;
import org.glassfish.grizzly.strategies.WorkerThreadIOStrategy;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;

/**
 * Grizzly TCP transports for the exchange's two ports: one selector thread, a few named daemon
 * workers, and no cap on the per-connection write queue (the exchange bounds each client's
 * pending frames itself and closes a client that falls behind).
 */
final class GrizzlyTransports {

    private GrizzlyTransports() {
    }

    static TCPNIOTransport build(String name, int maxWorkers) {
        return TCPNIOTransportBuilder.newInstance()
                .setName(name)
                .setReuseAddress(true)
                .setTcpNoDelay(true)
                .setMaxAsyncWriteQueueSizeInBytes(-1)
                .setIOStrategy(WorkerThreadIOStrategy.getInstance())
                .setSelectorRunnersCount(1)
                .setSelectorThreadPoolConfig(ThreadPoolConfig.defaultConfig().copy()
                        .setPoolName(name + "-selector").setCorePoolSize(1).setMaxPoolSize(1).setDaemon(true))
                .setWorkerThreadPoolConfig(ThreadPoolConfig.defaultConfig().copy()
                        .setPoolName(name + "-worker").setCorePoolSize(1).setMaxPoolSize(maxWorkers).setDaemon(true))
                .build();
    }

    /** Waits for a stopped transport's threads to end. */
    static void awaitStopped(TCPNIOTransport transport, long timeout, TimeUnit unit) {
        try {
            for (ExecutorService pool : new ExecutorService[] {transport.getWorkerThreadPool(),
                    transport.getKernelThreadPool()}) {
                if (pool != null) {
                    pool.shutdownNow();
                    pool.awaitTermination(timeout, unit);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
