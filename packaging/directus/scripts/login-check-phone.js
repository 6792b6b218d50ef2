// Directus Login, request-code flow, operation "check_phone" (Run Script).
// Turns ?phone_number=…&country_code=…[&channel=sms|voice] into E.164 ("+" and 7 to 15 digits)
// and a channel, or throws, which answers 400 INVALID_PAYLOAD. Also the time of this run, for the
// limits (ms since the epoch; "day_ago" is 24 hours before). Accepted forms: "+44 7123 456123" (a literal "+" arrives as a space,
// so a leading space is read as "+"), "0044…", and a national number with country_code=44, whose
// single trunk "0" is dropped (except for Italy, +39, where the 0 belongs to the number).
module.exports = async function (data) {
    const query = (data.$trigger && data.$trigger.query) || {};
    const raw = query.phone_number;
    const country = query.country_code;
    const channel = query.channel === undefined || query.channel === '' ? 'sms' : query.channel;
    if (channel !== 'sms' && channel !== 'voice') {
        throw new Error('channel must be sms or voice');
    }
    if (typeof raw !== 'string' || raw.trim().length === 0 || raw.length > 64) {
        throw new Error('phone_number is missing');
    }
    if (country !== undefined && (typeof country !== 'string' || !/^\s*\+?\d{1,3}$/.test(country))) {
        throw new Error('country_code must be 1 to 3 digits');
    }
    let number = raw.replace(/^\s+(?=\d)/, '+').replace(/[\s\-.()\/]/g, '');
    if (number.startsWith('00')) {
        number = '+' + number.slice(2);
    } else if (!number.startsWith('+')) {
        if (!country) {
            throw new Error('country_code is needed with a national number');
        }
        const code = country.replace(/[\s+]/g, '');
        const national = code === '39' ? number : number.replace(/^0/, '');
        number = '+' + code + national;
    }
    if (!/^\+[1-9]\d{6,14}$/.test(number)) {
        throw new Error('phone_number is not a valid international number');
    }
    const now = Date.now();
    return { phone: number, channel: channel, now: now, day_ago: now - 24 * 3600 * 1000 };
};
