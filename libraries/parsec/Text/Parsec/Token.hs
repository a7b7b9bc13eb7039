{-# LANGUAGE FlexibleContexts, PolymorphicComponents #-}
-- Clean-room Text.Parsec.Token (parsec-3.1.14.0's API): lexers built from a
-- language definition.
module Text.Parsec.Token
  ( LanguageDef, GenLanguageDef (..)
  , TokenParser, GenTokenParser (..)
  , makeTokenParser
  ) where

import Data.Char (digitToInt, isAlpha, isSpace, toLower, toUpper)
import Data.Functor.Identity (Identity)
import Data.List (nub, sort)
import Text.Parsec.Char
import Text.Parsec.Combinator
import Text.Parsec.Prim

type LanguageDef st = GenLanguageDef String st Identity

data GenLanguageDef s u m = LanguageDef
  { commentStart :: String
  , commentEnd :: String
  , commentLine :: String
  , nestedComments :: Bool
  , identStart :: ParsecT s u m Char
  , identLetter :: ParsecT s u m Char
  , opStart :: ParsecT s u m Char
  , opLetter :: ParsecT s u m Char
  , reservedNames :: [String]
  , reservedOpNames :: [String]
  , caseSensitive :: Bool
  }

type TokenParser st = GenTokenParser String st Identity

data GenTokenParser s u m = TokenParser
  { identifier :: ParsecT s u m String
  , reserved :: String -> ParsecT s u m ()
  , operator :: ParsecT s u m String
  , reservedOp :: String -> ParsecT s u m ()
  , charLiteral :: ParsecT s u m Char
  , stringLiteral :: ParsecT s u m String
  , natural :: ParsecT s u m Integer
  , integer :: ParsecT s u m Integer
  , float :: ParsecT s u m Double
  , naturalOrFloat :: ParsecT s u m (Either Integer Double)
  , decimal :: ParsecT s u m Integer
  , hexadecimal :: ParsecT s u m Integer
  , octal :: ParsecT s u m Integer
  , symbol :: String -> ParsecT s u m String
  , lexeme :: forall a. ParsecT s u m a -> ParsecT s u m a
  , whiteSpace :: ParsecT s u m ()
  , parens :: forall a. ParsecT s u m a -> ParsecT s u m a
  , braces :: forall a. ParsecT s u m a -> ParsecT s u m a
  , angles :: forall a. ParsecT s u m a -> ParsecT s u m a
  , brackets :: forall a. ParsecT s u m a -> ParsecT s u m a
  , squares :: forall a. ParsecT s u m a -> ParsecT s u m a
  , semi :: ParsecT s u m String
  , comma :: ParsecT s u m String
  , colon :: ParsecT s u m String
  , dot :: ParsecT s u m String
  , semiSep :: forall a. ParsecT s u m a -> ParsecT s u m [a]
  , semiSep1 :: forall a. ParsecT s u m a -> ParsecT s u m [a]
  , commaSep :: forall a. ParsecT s u m a -> ParsecT s u m [a]
  , commaSep1 :: forall a. ParsecT s u m a -> ParsecT s u m [a]
  }

makeTokenParser :: Stream s m Char => GenLanguageDef s u m -> GenTokenParser s u m
makeTokenParser def =
  TokenParser
    { identifier = tIdentifier
    , reserved = tReserved
    , operator = tOperator
    , reservedOp = tReservedOp
    , charLiteral = tCharLiteral
    , stringLiteral = tStringLiteral
    , natural = tNatural
    , integer = tInteger
    , float = tFloat
    , naturalOrFloat = tNaturalOrFloat
    , decimal = tDecimal
    , hexadecimal = tHexadecimal
    , octal = tOctal
    , symbol = tSymbol
    , lexeme = tLexeme
    , whiteSpace = tWhiteSpace
    , parens = between (tSymbol "(") (tSymbol ")")
    , braces = between (tSymbol "{") (tSymbol "}")
    , angles = between (tSymbol "<") (tSymbol ">")
    , brackets = between (tSymbol "[") (tSymbol "]")
    , squares = between (tSymbol "[") (tSymbol "]")
    , semi = tSemi
    , comma = tComma
    , colon = tSymbol ":"
    , dot = tSymbol "."
    , semiSep = \p -> sepBy p tSemi
    , semiSep1 = \p -> sepBy1 p tSemi
    , commaSep = \p -> sepBy p tComma
    , commaSep1 = \p -> sepBy1 p tComma
    }
  where
    tSemi = tSymbol ";"
    tComma = tSymbol ","

    -- Characters and strings, with Haskell's escapes.
    tCharLiteral =
      tLexeme (between (char '\'') (char '\'' <?> "end of character") characterChar)
        <?> "character"
    characterChar = charLetter <|> charEscape <?> "literal character"
    charEscape = char '\\' >> escapeCode
    charLetter = satisfy (\c -> c /= '\'' && c /= '\\' && c > '\026')

    tStringLiteral =
      tLexeme
        ( do
            parts <- between (char '"') (char '"' <?> "end of string") (many stringChar)
            return (foldr (maybe id (:)) "" parts)
            <?> "literal string"
        )
    stringChar = (Just <$> stringLetter) <|> stringEscape <?> "string character"
    stringLetter = satisfy (\c -> c /= '"' && c /= '\\' && c > '\026')
    stringEscape = do
      _ <- char '\\'
      (escapeGap >> return Nothing)
        <|> (escapeEmpty >> return Nothing)
        <|> (Just <$> escapeCode)
    escapeEmpty = char '&'
    escapeGap = do
      _ <- many1 space
      char '\\' <?> "end of string gap"

    escapeCode = charEsc <|> charNum <|> charAscii <|> charControl <?> "escape code"
    charControl = do
      _ <- char '^'
      code <- upper
      return (toEnum (fromEnum code - fromEnum 'A' + 1))
    charNum = do
      code <-
        tDecimal
          <|> (char 'o' >> number 8 octDigit)
          <|> (char 'x' >> number 16 hexDigit)
      if code > 0x10FFFF
        then fail "invalid escape sequence"
        else return (toEnum (fromInteger code))
    charEsc = choice [char c >> return code | (c, code) <- escMap]
    charAscii = choice [try (string name >> return code) | (name, code) <- asciiMap]
    escMap = zip "abfnrtv\\\"\'" "\a\b\f\n\r\t\v\\\"\'"
    asciiMap = zip (ascii3codes ++ ascii2codes) (ascii3 ++ ascii2)
    ascii2codes = ["BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI", "EM", "FS", "GS", "RS", "US", "SP"]
    ascii3codes =
      [ "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "DLE", "DC1", "DC2"
      , "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "SUB", "ESC", "DEL" ]
    ascii2 = "\BS\HT\LF\VT\FF\CR\SO\SI\EM\FS\GS\RS\US\SP"
    ascii3 = "\NUL\SOH\STX\ETX\EOT\ENQ\ACK\BEL\DLE\DC1\DC2\DC3\DC4\NAK\SYN\ETB\CAN\SUB\ESC\DEL"

    -- Numbers.
    tNaturalOrFloat = tLexeme natFloat <?> "number"
    tFloat = tLexeme floating <?> "float"
    tInteger = tLexeme int <?> "integer"
    tNatural = tLexeme nat <?> "natural"

    floating = tDecimal >>= fractExponent
    natFloat = (char '0' >> zeroNumFloat) <|> decimalFloat
    zeroNumFloat =
      (Left <$> (tHexadecimal <|> tOctal))
        <|> decimalFloat
        <|> fractFloat (0 :: Integer)
        <|> return (Left 0)
    decimalFloat = do
      n <- tDecimal
      option (Left n) (fractFloat n)
    fractFloat n = Right <$> fractExponent n
    fractExponent n =
      (do fract <- fraction
          expo <- option "" exponent'
          readDouble (show n ++ fract ++ expo))
        <|> (do expo <- exponent'
                readDouble (show n ++ expo))
    readDouble s = case reads s of
      [(x, "")] -> return x
      _ -> parserZero
    fraction =
      ( do
          _ <- char '.'
          ds <- many1 digit <?> "fraction"
          return ('.' : ds)
      )
        <?> "fraction"
    exponent' =
      ( do
          _ <- oneOf "eE"
          sgn <- ((: []) <$> oneOf "+-") <|> return ""
          e <- tDecimal <?> "exponent"
          return ('e' : sgn ++ show e)
      )
        <?> "exponent"

    int = do
      f <- tLexeme sign
      n <- nat
      return (f n)
    sign =
      (char '-' >> return negate)
        <|> (char '+' >> return id)
        <|> return id
    nat = zeroNumber <|> tDecimal
    zeroNumber =
      (char '0' >> (tHexadecimal <|> tOctal <|> tDecimal <|> return 0))
        <?> ""
    tDecimal = number 10 digit
    tHexadecimal = oneOf "xX" >> number 16 hexDigit
    tOctal = oneOf "oO" >> number 8 octDigit
    number base digitP = do
      ds <- many1 digitP
      let n = foldl (\acc d -> base * acc + toInteger (digitToInt d)) 0 ds
      n `seq` return n

    -- Operators and identifiers.
    tReservedOp name = tLexeme $ try $ do
      _ <- string name
      notFollowedBy (opLetter def) <?> ("end of " ++ show name)
    tOperator = tLexeme $ try $ do
      name <- oper
      if isReservedOp name
        then unexpected ("reserved operator " ++ show name)
        else return name
    oper =
      ( do
          c <- opStart def
          cs <- many (opLetter def)
          return (c : cs)
      )
        <?> "operator"
    isReservedOp name = isReserved (sort (reservedOpNames def)) name

    tReserved name = tLexeme $ try $ do
      _ <- caseString name
      notFollowedBy (identLetter def) <?> ("end of " ++ show name)
    caseString name
      | caseSensitive def = string name
      | otherwise = walk name >> return name
      where
        walk [] = return ()
        walk (c : cs) = (caseChar c <?> show name) >> walk cs
        caseChar c
          | isAlpha c = char (toLower c) <|> char (toUpper c)
          | otherwise = char c

    tIdentifier = tLexeme $ try $ do
      name <- ident
      if isReservedName name
        then unexpected ("reserved word " ++ show name)
        else return name
    ident =
      ( do
          c <- identStart def
          cs <- many (identLetter def)
          return (c : cs)
      )
        <?> "identifier"
    isReservedName name = isReserved theReservedNames caseName
      where
        caseName
          | caseSensitive def = name
          | otherwise = map toLower name
    -- names is sorted: stop at the first name greater than the one sought.
    isReserved names name = go names
      where
        go [] = False
        go (r : rs) = case compare r name of
          LT -> go rs
          EQ -> True
          GT -> False
    theReservedNames
      | caseSensitive def = sort (reservedNames def)
      | otherwise = sort (map (map toLower) (reservedNames def))

    -- White space and comments.
    tSymbol name = tLexeme (string name)
    tLexeme p = do
      x <- p
      tWhiteSpace
      return x
    tWhiteSpace
      | noLine && noMulti = skipMany (simpleSpace <?> "")
      | noLine = skipMany (simpleSpace <|> multiLineComment <?> "")
      | noMulti = skipMany (simpleSpace <|> oneLineComment <?> "")
      | otherwise = skipMany (simpleSpace <|> oneLineComment <|> multiLineComment <?> "")
      where
        noLine = null (commentLine def)
        noMulti = null (commentStart def)
    simpleSpace = skipMany1 (satisfy isSpace)
    oneLineComment = do
      _ <- try (string (commentLine def))
      skipMany (satisfy (/= '\n'))
      return ()
    multiLineComment = do
      _ <- try (string (commentStart def))
      inComment
    inComment
      | nestedComments def = inCommentMulti
      | otherwise = inCommentSingle
    inCommentMulti =
      (try (string (commentEnd def)) >> return ())
        <|> (multiLineComment >> inCommentMulti)
        <|> (skipMany1 (noneOf startEnd) >> inCommentMulti)
        <|> (oneOf startEnd >> inCommentMulti)
        <?> "end of comment"
    inCommentSingle =
      (try (string (commentEnd def)) >> return ())
        <|> (skipMany1 (noneOf startEnd) >> inCommentSingle)
        <|> (oneOf startEnd >> inCommentSingle)
        <?> "end of comment"
    startEnd = nub (commentEnd def ++ commentStart def)
