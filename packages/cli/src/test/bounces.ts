/**
 * Gmail's "Address not found" notice for `to` as one mbox entry (its `From ` line at 10:00:0`second`),
 * returning a message whose body lines that began with "From " are quoted the mboxrd way, so a
 * reader that splits at them is caught.
 */
export const gmailNotFound = (to: string, second = 0) => `From MAILER-DAEMON Thu Dec  3 10:00:0${second} 2026
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Subject: Delivery Status Notification (Failure)

** Address not found **

Your message wasn't delivered to ${to} because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <${to}>: Recipient address rejected: User unknown

----- Original message -----

From: me@example.org
Subject: quoting

>From the top: a body line that began with "From ", quoted by the mbox writer.
>>From deeper: quoted twice (mboxrd).
`;
