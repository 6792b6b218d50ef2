// Directus Login, verify flow, operation "check_session" (Run Script).
// Throws (401 INVALID_OTP_SESSION) unless find_session found an active user whose session is not
// expired and has attempts left. Plivo allows at most MAX_ATTEMPTS validations per session; this
// attempt is counted (count_attempt) before Plivo is asked.
const MAX_ATTEMPTS = 10;

function base64(text) {
    // No Buffer or btoa in the Run Script sandbox. ASCII input (Plivo ids and tokens).
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    let out = '';
    for (let i = 0; i < text.length; i += 3) {
        const a = text.charCodeAt(i);
        const b = i + 1 < text.length ? text.charCodeAt(i + 1) : NaN;
        const c = i + 2 < text.length ? text.charCodeAt(i + 2) : NaN;
        const n = (a << 16) | ((b || 0) << 8) | (c || 0);
        out += alphabet[(n >> 18) & 63] + alphabet[(n >> 12) & 63];
        out += isNaN(b) ? '=' : alphabet[(n >> 6) & 63];
        out += isNaN(c) ? '=' : alphabet[n & 63];
    }
    return out;
}

module.exports = async function (data) {
    const found = data.find_session;
    const user = Array.isArray(found) ? found[0] : found;
    if (!user || !user.id) {
        throw new Error('unknown or used session');
    }
    if (!(Date.parse(user.otp_expires_at || '') > Date.now())) {
        throw new Error('expired session');
    }
    const spent = Number(user.otp_attempts) || 0;
    if (spent >= MAX_ATTEMPTS) {
        throw new Error('no attempts left');
    }
    const env = data.$env || {};
    return {
        id: user.id,
        attempts: spent + 1,
        left: MAX_ATTEMPTS - spent - 1,
        plivo_basic: env.PLIVO_AUTH_ID && env.PLIVO_AUTH_TOKEN
            ? base64(String(env.PLIVO_AUTH_ID) + ':' + String(env.PLIVO_AUTH_TOKEN))
            : null,
    };
};
