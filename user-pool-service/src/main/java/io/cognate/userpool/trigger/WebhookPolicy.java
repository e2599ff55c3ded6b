package io.cognate.userpool.trigger;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Which webhooks may be called: the URL must match the configured allow-list, and every address its
 * host resolves to must be public, or inside a range configuration explicitly allows. This keeps a
 * pool owner (who writes LambdaConfig) from aiming Cognate at internal services.
 */
final class WebhookPolicy {

    private static final List<Cidr> INTERNAL =
            List.of(
                    Cidr.parse("0.0.0.0/8"),
                    Cidr.parse("10.0.0.0/8"),
                    Cidr.parse("100.64.0.0/10"),
                    Cidr.parse("127.0.0.0/8"),
                    Cidr.parse("169.254.0.0/16"),
                    Cidr.parse("172.16.0.0/12"),
                    Cidr.parse("192.0.0.0/24"),
                    Cidr.parse("192.168.0.0/16"),
                    Cidr.parse("198.18.0.0/15"),
                    Cidr.parse("224.0.0.0/3"),
                    Cidr.parse("::/128"),
                    Cidr.parse("::1/128"),
                    Cidr.parse("fc00::/7"),
                    Cidr.parse("fe80::/10"),
                    Cidr.parse("ff00::/8"));

    private final List<String> allowedUrls;
    private final List<Cidr> allowedNetworks;

    WebhookPolicy(List<String> allowedUrls, List<String> allowedNetworks) {
        this.allowedUrls = List.copyOf(allowedUrls);
        this.allowedNetworks = allowedNetworks.stream().map(Cidr::parse).toList();
    }

    /** True when the URL is http(s), has no user info, and an allow-list entry covers it. */
    boolean allowsUrl(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")
                || url.getHost() == null
                || url.getRawUserInfo() != null) {
            return false;
        }
        return allowedUrls.stream().anyMatch(entry -> covers(entry, url));
    }

    /** True when Cognate may connect to the address. */
    boolean allowsAddress(InetAddress address) {
        return INTERNAL.stream().noneMatch(range -> range.contains(address))
                || allowedNetworks.stream().anyMatch(range -> range.contains(address));
    }

    private static boolean covers(String entry, URI url) {
        if (entry.equals("*")) {
            return true;
        }
        URI allowed = URI.create(entry);
        String path = allowed.getRawPath() == null ? "" : allowed.getRawPath();
        String urlPath = url.getRawPath() == null ? "" : url.getRawPath();
        return url.getScheme().equalsIgnoreCase(allowed.getScheme())
                && url.getHost().equalsIgnoreCase(allowed.getHost())
                && (allowed.getPort() == -1 || allowed.getPort() == port(url))
                && urlPath.startsWith(path);
    }

    static int port(URI url) {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return url.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    /** An address range; IPv4-mapped IPv6 addresses reach Java as IPv4 already. */
    record Cidr(byte[] network, int prefix) {

        static Cidr parse(String text) {
            String[] parts = text.trim().split("/", 2);
            byte[] network = literal(parts[0]).getAddress();
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("Not a CIDR range: " + text);
            }
            return new Cidr(network, prefix);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        /** Parses an IP literal without ever touching DNS. */
        private static InetAddress literal(String ip) {
            if (!ip.matches("[0-9a-fA-F:.]+")) {
                throw new IllegalArgumentException("Not an IP address: " + ip);
            }
            try {
                return InetAddress.getByName(ip);
            } catch (java.net.UnknownHostException e) {
                throw new IllegalArgumentException("Not an IP address: " + ip, e);
            }
        }
    }
}
