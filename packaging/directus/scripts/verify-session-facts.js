// Directus Login, verify flow (token mode "session"), operation "session_facts" (Run Script).
// The flow-made session row lives two minutes only: directus_sessions keeps revisions, so its
// token is in directus_revisions in clear text; the client exchanges it at once (POST
// /auth/refresh rotates the token in place and sets the real expiry, REFRESH_TOKEN_TTL), which
// makes that copy worthless, and a row nobody exchanges is dead within two minutes. "now" lets the
// next operation delete the user's expired sessions (Directus purges them only inside a password
// login). Only reached after Plivo validated the code.
module.exports = async function (data) {
    const now = Date.now();
    const device = (data.check_input && data.check_input.device) || 'Directus Login';
    return {
        now: new Date(now).toISOString(),
        expires: new Date(now + 120 * 1000).toISOString(),
        device: device,
    };
};
