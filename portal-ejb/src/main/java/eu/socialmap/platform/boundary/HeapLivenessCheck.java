package eu.socialmap.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

/** Alive while the heap has room left: a node stuck at its memory ceiling is better restarted. */
@Liveness
@ApplicationScoped
public class HeapLivenessCheck implements HealthCheck {

    static final double MAX_USED_RATIO = 0.95;

    @Override
    public HealthCheckResponse call() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long max = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
        return HealthCheckResponse.named("heap-memory")
                .status(heap.getUsed() < max * MAX_USED_RATIO)
                .withData("usedMegabytes", heap.getUsed() / (1024 * 1024))
                .withData("maxMegabytes", max / (1024 * 1024))
                .build();
    }
}
