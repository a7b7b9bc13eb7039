{-# LANGUAGE FlexibleContexts, FlexibleInstances, MultiParamTypeClasses #-}
-- Parsing a token list (a lexer's output) with token/tokenPrim/tokenPrimEx,
-- a user-defined Stream instance, parser state save/restore, satisfy over
-- any Char stream, anyToken/notFollowedBy/choice on tokens.
import Data.Char (isDigit, isSpace, isAlpha)
import Text.Parsec
import Text.Parsec.Pos

data Tok = TNum Int | TPlus | TTimes | TLParen | TRParen | TName String
  deriving (Show, Eq)

type Located = (SourcePos, Tok)

lexer :: Parsec String () [Located]
lexer = spaces *> many (located tok <* spaces) <* eof
  where
    located p = (,) <$> getPosition <*> p
    tok =
      choice
        [ TNum . read <$> many1 digit
        , TPlus <$ char '+'
        , TTimes <$ char '*'
        , TLParen <$ char '('
        , TRParen <$ char ')'
        , TName <$> many1 letter
        ]

type TP = Parsec [Located] Int

sym :: Tok -> TP Tok
sym t = token (show . snd) fst (\(_, t') -> if t == t' then Just t else Nothing)

number :: TP Int
number = token (show . snd) fst (\(_, t) -> case t of TNum n -> Just n; _ -> Nothing) <?> "number"

-- counts every token consumed in the user state
counted :: TP Tok
counted =
  tokenPrimEx
    (show . snd)
    (\pos _ rest -> case rest of ((p, _) : _) -> p; [] -> pos)
    (Just (\_ _ _ n -> n + 1))
    (Just . snd)

expr, term, factor :: TP Int
expr = chainl1 term ((+) <$ sym TPlus)
term = chainl1 factor ((*) <$ sym TTimes)
factor = number <|> between (sym TLParen) (sym TRParen) expr

-- A Stream of our own: characters with a count of how many were taken.
data Counted = Counted Int String

instance Monad m => Stream Counted m Char where
  uncons (Counted _ []) = return Nothing
  uncons (Counted n (c : cs)) = return (Just (c, Counted (n + 1) cs))

word :: Stream s m Char => ParsecT s u m String
word = many1 (satisfy isAlpha) <* skipMany (satisfy isSpace)

main :: IO ()
main = do
  let Right toks = parse lexer "src" "2 * (3 + 4)\n  + x * 5"
  mapM_ print toks
  let exprToks = takeWhile ((/= TName "x") . snd) toks
  print (runParser (expr <* eof) 0 "toks" (init exprToks))
  print (runParser (expr <* eof) 0 "toks" toks)
  print (runParser (many counted >> getState) 0 "toks" toks)
  print (runParser (many (notFollowedBy (sym TRParen) >> anyToken) >> getState) 0 "" toks)
  print (runParser (do { st <- getParserState; a <- many counted; _ <- setParserState st; b <- counted; n <- getState; return (length a, b, n) }) 0 "" toks)
  print (runParser (lookAhead (sym (TNum 2)) >> getPosition) 0 "" toks)
  print (runParser (choice [sym TPlus, sym TTimes] <?> "operator") 0 "" toks)
  print (runParser (tokens show (\p _ -> p) [(initialPos "x", TNum 1)]) 0 "" toks)
  print (parse (many word) "counted" (Counted 0 "alpha beta  gamma"))
  print (parse (many word <* eof) "counted" (Counted 0 "alpha beta 9"))
  print (parse (tokenPrim show (\p c _ -> updatePosChar p c) (\c -> if isDigit c then Just c else Nothing)) "" "x")
