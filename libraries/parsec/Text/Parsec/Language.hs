-- Clean-room Text.Parsec.Language (parsec-3.1.14.0's API): ready-made
-- language definitions.
module Text.Parsec.Language
  ( haskellDef, haskell
  , mondrianDef, mondrian
  , emptyDef, haskellStyle, javaStyle
  , LanguageDef, GenLanguageDef
  ) where

import Text.Parsec
import Text.Parsec.Token

opChars :: String
opChars = ":!#$%&*+./<=>?@\\^|-~"

emptyDef :: LanguageDef st
emptyDef =
  LanguageDef
    { commentStart = ""
    , commentEnd = ""
    , commentLine = ""
    , nestedComments = True
    , identStart = letter <|> char '_'
    , identLetter = alphaNum <|> oneOf "_'"
    , opStart = oneOf opChars
    , opLetter = oneOf opChars
    , reservedOpNames = []
    , reservedNames = []
    , caseSensitive = True
    }

haskellStyle :: LanguageDef st
haskellStyle =
  emptyDef
    { commentStart = "{-"
    , commentEnd = "-}"
    , commentLine = "--"
    , nestedComments = True
    , identStart = letter
    , identLetter = alphaNum <|> oneOf "_'"
    , opStart = oneOf opChars
    , opLetter = oneOf opChars
    , reservedOpNames = []
    , reservedNames = []
    , caseSensitive = True
    }

javaStyle :: LanguageDef st
javaStyle =
  emptyDef
    { commentStart = "/*"
    , commentEnd = "*/"
    , commentLine = "//"
    , nestedComments = True
    , identStart = letter
    , identLetter = alphaNum <|> oneOf "_'"
    , reservedNames = []
    , reservedOpNames = []
    , caseSensitive = False
    }

haskell :: TokenParser st
haskell = makeTokenParser haskellDef

haskellDef :: LanguageDef st
haskellDef =
  haskell98Def
    { identLetter = identLetter haskell98Def <|> char '#'
    , reservedNames =
        reservedNames haskell98Def
          ++ ["foreign", "import", "export", "primitive", "_ccall_", "_casm_", "forall"]
    }

haskell98Def :: LanguageDef st
haskell98Def =
  haskellStyle
    { reservedOpNames = ["::", "..", "=", "\\", "|", "<-", "->", "@", "~", "=>"]
    , reservedNames =
        [ "let", "in", "case", "of", "if", "then", "else", "data", "type"
        , "class", "default", "deriving", "do", "import", "infix"
        , "infixl", "infixr", "instance", "module", "newtype"
        , "where", "primitive"
        ]
    }

mondrian :: TokenParser st
mondrian = makeTokenParser mondrianDef

mondrianDef :: LanguageDef st
mondrianDef =
  javaStyle
    { reservedNames =
        [ "case", "class", "default", "extends"
        , "import", "in", "let", "new", "of", "package"
        ]
    , caseSensitive = True
    }
