// Directus Login, request-code flow, operation "check_user" (Run Script).
// Throws (401 INVALID_CREDENTIALS, and no SMS is sent) unless find_user found an active user with
// this phone number, or, with uniform replies (provision --uniform-replies), goes on with
// known: false: the flow then answers like for a known number, with a session that no code
// validates, and sends nothing. Passes on the user's current OTP session so that session_state can
// tell a re-sent code (same Plivo session: the attempts already spent still count) from a new one.
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
    const found = data.find_user;
    let user = Array.isArray(found) ? found[0] : found;
    const uniform = String((data.limits || {}).uniform_replies) === 'true';
    if ((!user || !user.id) && !uniform) {
        throw new Error('no active user has this phone number');
    }
    const known = Boolean(user && user.id);
    const env = data.$env || {};
    if (!known) {
        user = {};
    }
    return {
        known: known,
        id: known ? user.id : null,
        session: user.otp_session_uuid || null,
        attempts: Number(user.otp_attempts) || 0,
        expires_at: user.otp_expires_at || null,
        // Used only when the flow reads the Plivo credentials from {{$env.PLIVO_…}}.
        plivo_basic: env.PLIVO_AUTH_ID && env.PLIVO_AUTH_TOKEN
            ? base64(String(env.PLIVO_AUTH_ID) + ':' + String(env.PLIVO_AUTH_TOKEN))
            : null,
    };
};
