// Directus Login, verify flow, operation "make_token" (Run Script).
// The Run Script sandbox has only Math.random, which is not a cryptographic source. The token is
// built instead from the ids of two rows that mint_entropy just created in otp_nonces: Directus
// generates each with crypto.randomUUID() (122 random bits each, 244 in all). The rows are deleted
// by the next operation. Only reached after Plivo validated the session.
module.exports = async function (data) {
    const keys = data.mint_entropy;
    if (!Array.isArray(keys) || keys.length < 2) {
        throw new Error('no entropy');
    }
    const token = keys.map(function (key) { return String(key).replace(/-/g, ''); }).join('').toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(token)) {
        throw new Error('malformed entropy');
    }
    return { token: token };
};
