package io.cognate.broker.policy;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An IPv4 or IPv6 CIDR block ({@code 203.0.113.0/24}, {@code 2001:db8::/32}; a bare address is a
 * single host). Parsing never touches DNS: IPv4 is parsed here, IPv6 only as a bracketed literal.
 */
final class IpRange {

    private final byte[] network;
    private final int prefix;

    private IpRange(byte[] network, int prefix) {
        this.network = network;
        this.prefix = prefix;
    }

    /** The block, or null when {@code cidr} is not one. */
    static IpRange parse(String cidr) {
        int slash = cidr.indexOf('/');
        byte[] address = address(slash < 0 ? cidr : cidr.substring(0, slash));
        if (address == null) {
            return null;
        }
        int bits = address.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String digits = cidr.substring(slash + 1);
            if (digits.isEmpty()
                    || digits.length() > 3
                    || !digits.chars().allMatch(Character::isDigit)) {
                return null;
            }
            prefix = Integer.parseInt(digits);
            if (prefix > bits) {
                return null;
            }
        }
        return new IpRange(address, prefix);
    }

    /** Whether {@code ip} lies in the block; false when it is not an address of the same family. */
    boolean contains(String ip) {
        byte[] address = address(ip);
        if (address == null || address.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (address[full] & mask) == (network[full] & mask);
    }

    static byte[] address(String text) {
        if (text.indexOf(':') >= 0) {
            return ipv6(text);
        }
        return ipv4(text);
    }

    private static byte[] ipv4(String text) {
        String[] octets = text.split("\\.", -1);
        if (octets.length != 4) {
            return null;
        }
        byte[] address = new byte[4];
        for (int i = 0; i < 4; i++) {
            String octet = octets[i];
            if (octet.isEmpty()
                    || octet.length() > 3
                    || !octet.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            int value = Integer.parseInt(octet);
            if (value > 255) {
                return null;
            }
            address[i] = (byte) value;
        }
        return address;
    }

    private static byte[] ipv6(String text) {
        if (!text.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
            return null;
        }
        try {
            // Brackets make the JDK parse a literal or fail; it never resolves a name.
            InetAddress parsed = InetAddress.getByName("[" + text + "]");
            return parsed instanceof Inet4Address ? null : parsed.getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
