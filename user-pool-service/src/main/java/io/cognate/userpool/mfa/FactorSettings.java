package io.cognate.userpool.mfa;

/**
 * One factor's member of (Admin)SetUserMFAPreference ({@code SMSMfaSettings}, {@code
 * SoftwareTokenMfaSettings}, {@code EmailMfaSettings}); a member left out changes nothing.
 */
public record FactorSettings(Boolean enabled, Boolean preferredMfa) {}
