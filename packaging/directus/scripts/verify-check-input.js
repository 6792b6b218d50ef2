// Directus Login, verify flow, operation "check_input" (Run Script).
// ?session_uuid=…&otp=… must be a session id and 4 to 8 digits, or 400 INVALID_PAYLOAD.
// &device=… (optional) names the device for its session: control characters removed, trimmed,
// at most 200 characters ("Directus Login" when absent). Also the time of this run (ms).
module.exports = async function (data) {
    const query = (data.$trigger && data.$trigger.query) || {};
    const session = query.session_uuid;
    const otp = query.otp;
    if (typeof session !== 'string' || !/^[0-9A-Za-z-]{8,64}$/.test(session)) {
        throw new Error('session_uuid is missing or malformed');
    }
    if (typeof otp !== 'string' || !/^\d{4,8}$/.test(otp)) {
        throw new Error('otp must be 4 to 8 digits');
    }
    let device = typeof query.device === 'string' ? query.device : '';
    device = device.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/\s+/g, ' ').trim();
    if (device.length > 200) {
        device = device.slice(0, 200).trim();
    }
    const now = Date.now();
    return {
        session: session,
        otp: otp,
        device: device || 'Directus Login',
        now: now,
        day_ago: now - 24 * 3600 * 1000,
    };
};
