{-# OPTIONS_GHC -fno-specialise #-}
{-# LANGUAGE FlexibleContexts #-}
-- A parser library written once for any stream and monad (Stream s m Char),
-- as a parsing module exports it, run on String, strict and lazy Text and
-- ByteString, over Identity and over IO: combinators, user state,
-- positions and input, lookahead and error messages all go through
-- ParsecT's instances with an unknown m. (-fno-specialise keeps GHC from
-- copying the generic parsers per use site, as it would not across modules.)
import qualified Data.ByteString.Char8 as BC
import qualified Data.ByteString.Lazy.Char8 as BLC
import Data.Functor.Identity
import qualified Data.Text as T
import qualified Data.Text.Lazy as TL
import Text.Parsec
import Text.Parsec.Pos (incSourceColumn, newPos)

data Item = Num Int | Word String | Pair Item Item deriving Show

{-# NOINLINE item #-}
item :: Stream s m Char => ParsecT s Int m Item
item = do
  spaces
  i <- (Num . read <$> many1 digit) <|> (Word <$> many1 letter) <|> between (char '(') (char ')') ((Pair <$> item <*> (char ',' *> item)) <?> "pair") <?> "item"
  modifyState (+ 1)
  return i

{-# NOINLINE document #-}
document :: Stream s m Char => ParsecT s Int m ([Item], Int, SourcePos, Bool)
document = do
  items <- sepEndBy item (spaces *> char ';')
  n <- getState
  putState (n * 10)
  updateState (+ 1)
  pos <- getPosition
  rest <- lookAhead (optionMaybe anyChar)
  _ <- many (oneOf " \n")
  eof
  st <- getParserState
  setParserState st
  return (items, n, pos, rest == Nothing)

{-# NOINLINE misc #-}
misc :: Stream s m Char => ParsecT s () m (String, String, [String], Maybe Char)
misc = do
  a <- try (string "abc") <|> string "abd" <|> mempty
  b <- mconcat [string "x", string "y"] <> (count 1 (char 'z') >>= \z -> return z)
  c <- many1 (noneOf ",.") `sepBy1` char ','
  skipMany (char ' ')
  skipMany1 (char '.')
  d <- optionMaybe (satisfy (== '!'))
  notFollowedBy anyChar <|> unexpected "trailing input"
  return (a, b, c, d)

{-# NOINLINE failing #-}
failing :: Stream s m Char => ParsecT s () m ()
failing = (char 'a' >> fail "custom failure") <|> (char 'b' >> unexpected "b here") <|> (tokenPrim show (\p _ _ -> incSourceColumn p 1) (\c -> if c == 'c' then Just () else Nothing) <?> "a c")

{-# NOINLINE withInput #-}
withInput :: Stream s m Char => s -> ParsecT s () m (String, String)
withInput s = do
  a <- many1 letter
  setInput s
  setPosition (newPos "swapped" 5 1)
  b <- many1 letter
  return (a, b)

run :: Show a => String -> Either ParseError a -> IO ()
run name r = putStrLn (name ++ ": " ++ either (\e -> "error " ++ show e) show r)

main :: IO ()
main = do
  let src = "12 ; abc; (3,(x,y)) ;\n 7;\n"
  run "String" (runParser document 0 "str" src)
  run "Text" (runParser document 0 "txt" (T.pack src))
  run "lazy Text" (runParser document 0 "ltxt" (TL.pack src))
  run "ByteString" (runParser document 0 "bs" (BC.pack src))
  run "lazy ByteString" (runParser document 0 "lbs" (BLC.pack src))
  r <- runParserT document 0 "io" src
  run "IO" r
  r2 <- runPT document 0 "io2" (T.pack "(1,2)")
  run "IO Text" r2
  run "Identity" (runIdentity (runParserT document 0 "id" (BC.pack "9;")))
  run "bad item" (runP document 0 "bad" "12 ; ( ; x")
  run "misc" (parse misc "m" "abdxyzab,cd . .!")
  run "misc text" (parse misc "m" (T.pack "abcxyzp,q..."))
  run "misc trailing" (parse misc "m" "abcxyzp.!?")
  run "failing a" (parse failing "f" "a")
  run "failing b" (parse failing "f" (T.pack "b"))
  run "failing d" (parse failing "f" (BC.pack "d"))
  run "input" (parse (withInput "second") "w" "first")
  run "input text" (parse (withInput (T.pack "two")) "w" (T.pack "one"))
  print (runIdentity (runParserT (many1 digit) () "n" (TL.pack "42x")))
