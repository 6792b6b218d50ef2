// Directus Login, request-code flow, operation "session_state" (Run Script).
// Reads the session Plivo answered with. Asked again within the expiry, Plivo re-sends the same code
// on the same session: then its expiry is kept (asking again never buys more time, and the
// attempts already spent on it still count). A new session expires in limits.code_seconds.
// Throws (503) when Plivo's answer has no session.
module.exports = async function (data) {
    const reply = data.send_code && data.send_code.data;
    const uuid = reply && typeof reply.session_uuid === 'string' ? reply.session_uuid : '';
    if (!/^[0-9A-Za-z-]{8,64}$/.test(uuid)) {
        throw new Error('the SMS provider answered without a session');
    }
    const user = data.check_user;
    const now = data.check_phone.now;
    let attempts = 0;
    let expires = now + Number(data.limits.code_seconds) * 1000;
    if (user.session === uuid) {
        attempts = user.attempts;
        const previous = Date.parse(user.expires_at || '');
        if (previous > now) {
            expires = previous;
        }
    }
    return {
        otp_session_uuid: uuid,
        otp_attempts: attempts,
        otp_expires_at: new Date(expires).toISOString(),
        expires_ms: expires,
    };
};
