-- Clean-room Text.Parsec.Language (parsec-3.1.14.0's API): ready-made
-- language definitions.
--
-- Every field is a named top-level binding (prefix lang): a record built
-- from literals would make GHC float its arguments to top-level names
-- like emptyDef1 or haskellDef2, which the installed package uses for
-- other things that -O1 user code calls by name (NOINLINE keeps -O0's
-- simplifier from inlining them back).
module Text.Parsec.Language
  ( haskellDef, haskell
  , mondrianDef, mondrian
  , emptyDef, haskellStyle, javaStyle
  , LanguageDef, GenLanguageDef
    -- the named pieces Text.Parsec.Language+Workers.stg builds -O1's from
  , langEmptyIdentStart, langHsIdentLetter, langIdentLetter, langOpChars
  , langOpLetter
  ) where

import Text.Parsec
import Text.Parsec.Token

emptyDef :: LanguageDef st
emptyDef =
  LanguageDef langNone langNone langNone True langEmptyIdentStart langIdentLetter
    langOpLetter langOpLetter [] [] True

haskellStyle :: LanguageDef st
haskellStyle =
  LanguageDef langHsStart langHsEnd langHsLine True langLetter langIdentLetter
    langOpLetter langOpLetter [] [] True

javaStyle :: LanguageDef st
javaStyle =
  LanguageDef langJavaStart langJavaEnd langJavaLine True langLetter langIdentLetter
    langOpLetter langOpLetter [] [] False

haskell :: TokenParser st
haskell = makeTokenParser haskellDef

haskellDef :: LanguageDef st
haskellDef =
  LanguageDef langHsStart langHsEnd langHsLine True langLetter langHsIdentLetter
    langOpLetter langOpLetter langHaskellNames langHaskellOps True

mondrian :: TokenParser st
mondrian = makeTokenParser mondrianDef

mondrianDef :: LanguageDef st
mondrianDef =
  LanguageDef langJavaStart langJavaEnd langJavaLine True langLetter langIdentLetter
    langOpLetter langOpLetter langMondrianNames [] True

langNone, langHsStart, langHsEnd, langHsLine, langJavaStart, langJavaEnd, langJavaLine :: String
langNone = ""
langHsStart = "{-"
langHsEnd = "-}"
langHsLine = "--"
langJavaStart = "/*"
langJavaEnd = "*/"
langJavaLine = "//"

langOpChars :: String
langOpChars = ":!#$%&*+./<=>?@\\^|-~"

langLetter, langEmptyIdentStart, langIdentLetter, langIdentExtra, langOpLetter, langHsIdentLetter :: Parsec String st Char
langLetter = letter
langEmptyIdentStart = letter <|> char '_'
langIdentLetter = alphaNum <|> langIdentExtra
langIdentExtra = oneOf "_'"
langOpLetter = oneOf langOpChars
langHsIdentLetter = langIdentLetter <|> char '#'

-- Haskell 98's reserved words and operators, then the extensions'.
langHaskellNames :: [String]
langHaskellNames =
  [ "let", "in", "case", "of", "if", "then", "else", "data", "type"
  , "class", "default", "deriving", "do", "import", "infix"
  , "infixl", "infixr", "instance", "module", "newtype"
  , "where", "primitive"
  , "foreign", "import", "export", "primitive", "_ccall_", "_casm_", "forall"
  ]

langHaskellOps :: [String]
langHaskellOps = ["::", "..", "=", "\\", "|", "<-", "->", "@", "~", "=>"]

langMondrianNames :: [String]
langMondrianNames =
  [ "case", "class", "default", "extends"
  , "import", "in", "let", "new", "of", "package"
  ]

{-# NOINLINE langNone #-}
{-# NOINLINE langHsStart #-}
{-# NOINLINE langHsEnd #-}
{-# NOINLINE langHsLine #-}
{-# NOINLINE langJavaStart #-}
{-# NOINLINE langJavaEnd #-}
{-# NOINLINE langJavaLine #-}
{-# NOINLINE langOpChars #-}
{-# NOINLINE langLetter #-}
{-# NOINLINE langEmptyIdentStart #-}
{-# NOINLINE langIdentLetter #-}
{-# NOINLINE langIdentExtra #-}
{-# NOINLINE langOpLetter #-}
{-# NOINLINE langHsIdentLetter #-}
{-# NOINLINE langHaskellNames #-}
{-# NOINLINE langHaskellOps #-}
{-# NOINLINE langMondrianNames #-}
