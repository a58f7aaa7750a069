"""The last words of a firm's own name that no person's name ends in ('Khor Capital',
'Aerodyne Partners', 'Sahab Airways'): a name so ending is a body, never 'he' or 'she'.
Lower case; the heads of descriptions ('the company') are ``speaker_check``'s."""

from __future__ import annotations

FIRM_NAME_TAILS = frozenset(
    """capital partners holdings securities investments associates advisers advisors
    consulting consultancy consultants ventures management airways airlines motors
    insurance brokers brokerage analytics economics research markets asset assets
    pharmaceuticals pharma technologies systems industries enterprises solutions
    laboratories labs media telecom communications""".split()
)
