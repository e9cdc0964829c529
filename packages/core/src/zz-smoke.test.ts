import { it } from 'vitest';
import { classify } from './classify.js';
const samples = [
`Delivery to the following recipient has been delayed:

    [email]andrew@andrewmonks.net[/email]

Message will be retried for 2 more day(s)

Technical details of temporary failure:
The recipient server did not accept our requests to connect. Learn more at [http://mail.google.com/support/bin/answer.py?answer=7720](http://mail.google.com/support/bin/answer.py?answer=7720)
[andrewmonks.net (1): Connection dropped]

  ----- Message header follows -----

Received: by 10.142.157.9 with SMTP id f9mr5688609wfe.87.1228359326266;`,
`This is the mail system at host outmx-131.london.gridhost.co.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<malactico15@gmail.com>: host gmail-smtp-in.l.google.com[104.47.124.33]
    said: 550-5.1.1 The email account that you tried to reach does not exist. Please try
    550-5.1.1 double-checking the recipient's email address for typos or
    550-5.1.1 unnecessary spaces. (in reply to RCPT TO command)

<x@hotmail.co.uk>: host eur.olc.protection.outlook.com[104.47.124.33]
    said: 550 5.7.1 Unfortunately, messages from [87.247.242.5] weren't sent.
    Please contact your Internet service provider since part of their network
    is on our block list (S3140). (in reply to MAIL FROM command)
`,
"** Address not found **\n\nYour message wasn't delivered to sean.kang@stifel.com because the address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 #5.1.0 Address rejected.\nFinal-Recipient: rfc822; sean.kang@stifel.com\nAction: failed\nStatus: 4.4.2\nRemote-MTA: dns; smtp.gslb.stifel.com.\nDiagnostic-Code: smtp; 550 #5.1.0 Address rejected.\nLast-Attempt-Date: Tue, 30 Jan 2024 21:15:32 -0800 (PST)",
];
it('smoke', () => {
  for (const s of samples) {
    const d = classify(s);
    console.log(d.entry?.id, d.confidence, d.reason, JSON.stringify(d.bounce?.recipients.map(r => [r.recipient.recipient, r.recipient.action, r.recipient.status, r.recipient.diagnosticCode?.slice(0,60), r.diagnosis.entry?.id, r.diagnosis.reason])));
  }
});
