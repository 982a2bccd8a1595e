import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.js';
import { generatePassword } from './passwords.js';

const context = { username: 'ada', publicUrl: 'https://docs.acme.example' };
const problem = (password: string) => passwordProblem(password, context);

describe('passwordProblem', () => {
  it.each([
    ['password123', 'on a list of common and breached passwords'],
    ['Password1!', 'on a list of common and breached passwords'],
    ['PASSWORD123', 'on a list of common and breached passwords'],
    ['P@ssw0rd2024', 'on a list of common and breached passwords'],
    ['Welcome123!', 'on a list of common and breached passwords'],
    ['!!monkey12345', 'on a list of common and breached passwords'],
    ['pass-word-123', 'on a list of common and breached passwords'],
    ['qwertyuiop', 'on a list of common and breached passwords'],
    ['designdoc1', 'built from “designdoc”'],
    ['Designdoc-2024!', 'built from “designdoc”'],
    ['D3s1gnd0c!!', 'built from “designdoc”'],
    ['acme2024!!', 'built from “acme”'],
    ['acme-designdoc-1', 'built from “designdoc”'],
    ['Ada-Lovelace-1815', 'must not contain the username'],
    ['abcdefghij', 'a repeated or sequential pattern'],
    ['9876543210', 'a repeated or sequential pattern'],
    ['xyxyxyxyxyxy', 'a repeated or sequential pattern'],
    ['short', 'must be at least 10 characters long'],
  ])('refuses %s: %s', async (password, why) => {
    expect(await problem(password)).toContain(why);
  });

  it.each([
    'a long and unusual passphrase',
    'correct horse battery staple',
    'plum-velvet-harbor-9271',
    'Tr0ub4dor&3x-lantern',
    'my designdoc passphrase of choice',
    'hQ3kX9_pLm2vR7tY-wZ4nB8c',
  ])('accepts %s', async (password) => {
    expect(await problem(password)).toBeNull();
  });

  it('needs no public address: the product’s name is a context word anyway', async () => {
    expect(await passwordProblem('designdoc2024', { username: 'ada' })).toContain('designdoc');
  });

  it('accepts the passwords it generates', async () => {
    for (let i = 0; i < 200; i++)
      expect(await passwordProblem(generatePassword(), { username: 'grace' })).toBeNull();
  });
});
