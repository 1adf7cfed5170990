import { plainTextProblem } from './plain-text';

describe('plain text for names', () => {
  it.each(['Ana Müller', "Seán O'Brien-Smith", 'J.R.R. Tolkien', 'St.John Rivers', '李小龍', 'Dr. A. B. Cé'])(
    'accepts the name %s',
    (name) => {
      expect(plainTextProblem(name)).toBeNull();
    },
  );

  it.each([
    'URGENT: your account is locked, visit https://evil.example/login',
    'visit evil-shop.com now',
    'go to www.example.org',
    'write to help@evil.example.com',
  ])('refuses a name with a link: %s', (name) => {
    expect(plainTextProblem(name)).toBe('must not contain a web address or e-mail address');
  });

  it.each(['Ana\nURGENT', 'Tab\there', 'Bell\u0007', 'abc\u202Egnp.exe', 'zero\u200Bwidth'])(
    'refuses control and invisible characters (%j)',
    (name) => {
      expect(plainTextProblem(name)).toBe('must not contain control or invisible formatting characters');
    },
  );
});
