package io.cognate.userpool.device;

import io.cognate.contracts.paging.KeysetToken;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * The paging ListDevices and AdminListDevices share: a user's confirmed devices in creation order,
 * {@code Limit} 0–60 (absent or 0: 60), an opaque keyset {@code PaginationToken}.
 */
@ApplicationScoped
class DevicePages {

    static final int MAX_LIMIT = 60;

    record Page(List<DeviceType> devices, String paginationToken) {}

    private final DeviceRepository devices;

    DevicePages(DeviceRepository devices) {
        this.devices = devices;
    }

    Uni<Page> page(String userPoolId, UUID sub, Integer limit, String paginationToken) {
        KeysetToken after = KeysetToken.decodeOrFirst(paginationToken);
        int size = limit == null || limit == 0 ? MAX_LIMIT : limit;
        return devices.pageAfter(userPoolId, sub, after, size + 1)
                .map(
                        page -> {
                            List<DeviceEntity> shown = page.subList(0, Math.min(size, page.size()));
                            String next =
                                    page.size() > size
                                            ? shown.get(shown.size() - 1).position().encode()
                                            : null;
                            return new Page(shown.stream().map(DeviceType::of).toList(), next);
                        });
    }
}
