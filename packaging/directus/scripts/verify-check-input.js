// Directus Login, verify flow, operation "check_input" (Run Script).
// ?session_uuid=…&otp=… must be a session id and 4 to 8 digits, or 400 INVALID_PAYLOAD.
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
    return { session: session, otp: otp };
};
