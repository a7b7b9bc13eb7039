{-# LANGUAGE FlexibleContexts #-}
{-# OPTIONS_GHC -fno-specialise -funfolding-use-threshold=0 #-}
-- A calculator language parsed with parsec's token parsers (haskellDef,
-- javaStyle, emptyDef, mondrianDef), its expression builder and the
-- primitive combinators, over String, strict and lazy Text and ByteString,
-- with user state, positions, input rewinding, and mtl's classes lifted
-- through ParsecT; parse errors are shown and compared. Compiled without
-- library inlining, so -O1 code calls parsec's own internal names.
import Text.Parsec
import Text.Parsec.Expr
import Text.Parsec.Language
import qualified Text.Parsec.Token as T
import qualified Text.Parsec.String as PS
import qualified Text.Parsec.Text as PT
import qualified Text.Parsec.Text.Lazy as PTL
import qualified Text.Parsec.ByteString as PB
import qualified Text.Parsec.ByteString.Lazy as PBL
import Text.Parsec.Error
import Control.Monad.State
import Control.Monad.Reader
import Control.Monad.Except
import Control.Monad.Cont
import qualified Data.Text as TS
import qualified Data.Text.Lazy as TL
import qualified Data.ByteString.Char8 as BS
import qualified Data.ByteString.Lazy.Char8 as BL
import Data.Functor.Identity

data E = Num Integer | Var String | Neg E | Bin Char E E | Call String [E]
  deriving (Show, Eq)

-- The expression grammar, over any token parser of any stream of Chars.
{-# NOINLINE exprWith #-}
exprWith :: Stream s Identity Char => T.GenTokenParser s () Identity -> Parsec s () E
exprWith tp = buildExpressionParser table term <?> "expression"
  where
    table =
      [ [Prefix (Neg <$ T.reservedOp tp "-"), Prefix (id <$ T.reservedOp tp "+")]
      , [Infix (Bin '^' <$ T.reservedOp tp "^") AssocRight]
      , [Infix (Bin '*' <$ T.reservedOp tp "*") AssocLeft, Infix (Bin '/' <$ T.reservedOp tp "/") AssocLeft]
      , [Infix (Bin '+' <$ T.reservedOp tp "+") AssocLeft, Infix (Bin '-' <$ T.reservedOp tp "-") AssocLeft]
      , [Infix (Bin '=' <$ T.reservedOp tp "==") AssocNone]
      ]
    term = T.parens tp (exprWith tp)
       <|> Num <$> T.natural tp
       <|> (do { f <- T.identifier tp; args <- option Nothing (Just <$> T.parens tp (T.commaSep tp (exprWith tp))); return (maybe (Var f) (Call f) args) })

eval :: [(String, Integer)] -> E -> Either String Integer
eval _ (Num n) = Right n
eval env (Var v) = maybe (Left ("unbound " ++ v)) Right (lookup v env)
eval env (Neg e) = negate <$> eval env e
eval env (Call "max" as) = maximum <$> mapM (eval env) as
eval env (Call f _) = Left ("no function " ++ f)
eval env (Bin o a b) = do
  x <- eval env a
  y <- eval env b
  case o of
    '+' -> Right (x + y); '-' -> Right (x - y); '*' -> Right (x * y)
    '/' -> if y == 0 then Left "divide by zero" else Right (x `div` y)
    '^' -> Right (x ^ y); _ -> Right (if x == y then 1 else 0)

haskellish, javaish, plain, mondrianish :: T.GenTokenParser String () Identity
haskellish = T.makeTokenParser haskellDef
javaish = T.makeTokenParser javaStyle
plain = T.makeTokenParser emptyDef
mondrianish = T.makeTokenParser mondrianDef

-- haskellDef's comments, names and reserved words over any stream of Chars.
{-# NOINLINE anyStream #-}
anyStream :: Stream s Identity Char => T.GenTokenParser s () Identity
anyStream = T.makeTokenParser haskellDef
  { T.identStart = letter, T.identLetter = alphaNum <|> oneOf "_'"
  , T.opStart = oneOf ":!#$%&*+./<=>?@\\^|-~", T.opLetter = oneOf ":!#$%&*+./<=>?@\\^|-~" }

{-# NOINLINE program #-}
program :: Stream s Identity Char => T.GenTokenParser s () Identity -> Parsec s () [E]
program tp = T.whiteSpace tp *> T.semiSep1 tp (exprWith tp) <* eof

report :: Either ParseError [E] -> String
report (Left err) = "error at " ++ show (sourceLine (errorPos err), sourceColumn (errorPos err)) ++ ": " ++ show err
report (Right es) = show (map (eval [("x", 5), ("y", 7)]) es)

-- A token-level counter in the user state, with positions and rewinding.
{-# NOINLINE stateful #-}
stateful :: Parsec String Int (Int, String, SourcePos, [String])
stateful = do
  ws <- many1 (do { w <- many1 letter; modifyState (+ 1); skipMany1 space <|> eof; return w })
  n <- getState
  putState (n * 100)
  inp <- getInput
  setInput "rewound 42"
  w <- many1 letter
  _ <- space
  d <- lookAhead (many1 digit)
  pos <- getPosition
  setPosition (setSourceColumn pos 1)
  ds <- manyAccum (:) digit
  st <- getParserState
  _ <- setParserState st
  updateParserState id
  k <- getState
  return (k + length ds, inp ++ w ++ d, pos, ws)

{-# NOINLINE failing #-}
failing :: Parsec String () String
failing = try (string "let" >> unexpected "keyword") <|> (string "lex" <?> "lexeme") <|> fail "custom failure"

-- mtl's classes through ParsecT.
{-# NOINLINE counting #-}
counting :: (MonadState Int m, MonadReader String m) => ParsecT String () m [String]
counting = many1 $ do
  w <- many1 alphaNum
  spaces
  modify (+ length w)
  state (\s -> ((), s + 1))
  pre <- ask
  pre2 <- asks reverse
  local (++ "!") (reader (\r -> pre2 ++ r ++ w ++ pre))

{-# NOINLINE erring #-}
erring :: MonadError String m => ParsecT String () m Int
erring = (do { d <- many1 digit; when (length d > 3) (throwError "too long"); return (read d) }) `catchError` (\e -> return (length e))

{-# NOINLINE escaping #-}
escaping :: MonadCont m => ParsecT String () m String
escaping = callCC (\k -> do { c <- anyChar; when (c == 'q') (k "quit"); many anyChar })

-- The language definitions' own fields, and their character classes run.
describe :: String -> T.LanguageDef () -> IO ()
describe name d = do
  putStrLn (name ++ ": " ++ show (T.commentStart d, T.commentEnd d, T.commentLine d, T.nestedComments d, T.caseSensitive d))
  putStrLn ("  names " ++ unwords (T.reservedNames d) ++ " | ops " ++ unwords (T.reservedOpNames d))
  let run p = either (const "-") id (parse (many p) "" "aB_'9 <=>:+ x")
  putStrLn ("  ident " ++ show (run (T.identStart d), run (T.identLetter d)) ++ " ops " ++ show (run (T.opStart d), run (T.opLetter d)))

main :: IO ()
main = do
  describe "haskellDef" haskellDef
  describe "haskell (Text.ParserCombinators)" haskellDef
  describe "javaStyle" javaStyle
  describe "emptyDef" emptyDef
  describe "mondrianDef" mondrianDef
  describe "haskellStyle" haskellStyle
  putStrLn (unwords (T.reservedNames haskellDef) ++ T.commentLine javaStyle ++ T.commentStart haskellStyle ++ show (T.nestedComments emptyDef, T.caseSensitive mondrianDef))
  print (length (T.reservedOpNames haskellDef), T.reservedNames mondrianDef, T.commentEnd javaStyle)
  let src = "1 + 2 * 3; (x - 1) ^ 2 ^ 1; -y / 0; max(x, y, 3) == 7; {- note -} f(1) -- done\n"
  putStrLn (report (parse (program haskellish) "hs" src))
  putStrLn (report (parse (program javaish) "java" "x * /* c */ 2 + y; 10 / 3 // end"))
  putStrLn (report (parse (program plain) "plain" "1+2;3*"))
  putStrLn (report (parse (program mondrianish) "mondrian" "x + 1; y"))
  putStrLn (report (parse (program anyStream) "text" (TS.pack "2 ^ 10; 3 == 3")))
  putStrLn (report (parse (program anyStream) "lazy text" (TL.pack "7 * (x + y)")))
  putStrLn (report (parse (program anyStream) "bytes" (BS.pack "100 - 1; x")))
  putStrLn (report (parse (program anyStream) "lazy bytes" (BL.pack "1 +")))
  print (PS.parseFromFile (return ()) "" `seq` (), runParser stateful 0 "in" "alpha beta gamma")
  print (parse failing "f" "lex", parse failing "f" "let", parse failing "f" "loop")
  let e1 = parse failing "a" "zz"
      e2 = parse failing "a" "zz"
      e3 = parse (char 'z' >> char 'y') "a" "zz"
  print (either (const 0) length e1, fmap (map messageString . errorMessages) (either Just (const Nothing) e1))
  print (case (e1, e2, e3) of { (Left a, Left b, Left c) -> (a == b, a == c, show c); _ -> (False, False, "") })
  print (map messageString [SysUnExpect "s", UnExpect "u", Expect "e", Message "m"], Expect "a" < Message "a", messageString (max (Expect "b") (UnExpect "c")), map fromEnum [SysUnExpect "", UnExpect "", Expect "", Message ""])
  parseTest (exprWith haskellish) "1 + 2 * x"
  parseTest (exprWith haskellish) "1 + * 2"
  print (runState (runReaderT (runParserT counting () "c" "ab c12 d") ">") 0)
  print (runExcept (runParserT erring () "e" "12345"), runExcept (runParserT erring () "e" "77"))
  print (runCont (runParserT escaping () "k" "quick") show, runCont (runParserT escaping () "k" "abc") show)
  print (parse (many1 (oneOf "ab") <> many (noneOf "c")) "m" "abba-xyc", parse (mconcat [string "a", string "b", mempty]) "m" "abc")
  print (parse (tokenPrim show (\p c _ -> incSourceColumn p 2) (\c -> if c > 'b' then Just c else Nothing)) "t" "cx", parse anyToken "t" "q", parse (choice [string "x", string "y"]) "t" "y")
