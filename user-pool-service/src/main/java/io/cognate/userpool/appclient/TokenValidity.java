package io.cognate.userpool.appclient;

import io.cognate.contracts.aws.error.InvalidParameterException;
import java.time.Duration;
import java.util.Locale;

/**
 * Cognito's token lifetimes (cognito.md §2.5): a value without a unit is in hours (access, ID) or
 * days (refresh); an omitted value, or a refresh validity of 0, takes the default (60 minutes, 60
 * minutes, 30 days); access and ID tokens live 5 minutes to 1 day, refresh tokens 60 minutes to 10
 * years and longer than both others.
 */
final class TokenValidity {

    /** One token's lifetime as Cognito reports it: a number and its unit. */
    record Setting(int value, String unit) {
        Duration duration() {
            return unitLength(unit).multipliedBy(value);
        }
    }

    enum Token {
        ACCESS("AccessTokenValidity", "hours", new Setting(60, "minutes"), 5, 24 * 60),
        ID("IdTokenValidity", "hours", new Setting(60, "minutes"), 5, 24 * 60),
        REFRESH("RefreshTokenValidity", "days", new Setting(30, "days"), 60, 3650L * 24 * 60);

        final String member;
        final String unitWhenOmitted;
        final Setting fallback;
        final Duration min;
        final Duration max;

        Token(String member, String unit, Setting fallback, long minMinutes, long maxMinutes) {
            this.member = member;
            this.unitWhenOmitted = unit;
            this.fallback = fallback;
            this.min = Duration.ofMinutes(minMinutes);
            this.max = Duration.ofMinutes(maxMinutes);
        }
    }

    private TokenValidity() {}

    /** The lifetime of one token from its request value and unit (both optional). */
    static Setting resolve(Token token, Integer value, String unit) {
        if (value == null || (token == Token.REFRESH && value == 0)) {
            return unit == null ? token.fallback : inUnit(token.fallback, unit);
        }
        Setting setting = new Setting(value, unit == null ? token.unitWhenOmitted : unit);
        Duration lifetime = setting.duration();
        if (lifetime.compareTo(token.min) < 0 || lifetime.compareTo(token.max) > 0) {
            throw new InvalidParameterException(
                    token.member
                            + " must be between "
                            + describe(token.min)
                            + " and "
                            + describe(token.max)
                            + "; got "
                            + value
                            + " "
                            + setting.unit()
                            + ".");
        }
        return setting;
    }

    /** Refresh tokens must outlive the access and ID tokens they renew. */
    static void requireRefreshLongest(Setting access, Setting id, Setting refresh) {
        if (refresh.duration().compareTo(access.duration()) <= 0
                || refresh.duration().compareTo(id.duration()) <= 0) {
            throw new InvalidParameterException(
                    "RefreshTokenValidity must be longer than AccessTokenValidity and"
                            + " IdTokenValidity.");
        }
    }

    /**
     * The default expressed in the caller's unit when it divides evenly, else as Cognito has it.
     */
    private static Setting inUnit(Setting fallback, String unit) {
        Duration lifetime = fallback.duration();
        Duration length = unitLength(unit);
        if (lifetime.toSeconds() % length.toSeconds() != 0) {
            return fallback;
        }
        return new Setting((int) (lifetime.toSeconds() / length.toSeconds()), unit);
    }

    static Duration unitLength(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "seconds" -> Duration.ofSeconds(1);
            case "minutes" -> Duration.ofMinutes(1);
            case "hours" -> Duration.ofHours(1);
            case "days" -> Duration.ofDays(1);
            default -> throw new InvalidParameterException("Unknown time unit " + unit + ".");
        };
    }

    private static String describe(Duration duration) {
        if (duration.toDays() >= 365) {
            return duration.toDays() / 365 + " years";
        }
        if (duration.toDays() >= 1) {
            return duration.toDays() + (duration.toDays() == 1 ? " day" : " days");
        }
        return duration.toMinutes() + " minutes";
    }
}
