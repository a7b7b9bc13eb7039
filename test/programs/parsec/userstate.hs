-- User state: getState/putState/modifyState/setState/updateState, counting
-- and a symbol table, runParser with an initial state.
import qualified Data.Map as M
import Text.Parsec

type P = Parsec String (Int, M.Map String Int)

word :: P String
word = many1 letter <* spaces

countWords :: P Int
countWords = do
  ws <- many (word <* modifyState (\(n, m) -> (n + 1, m)))
  eof
  (n, _) <- getState
  return (n + length ws * 0)

assignment :: P ()
assignment = do
  name <- many1 letter
  spaces >> char '=' >> spaces
  v <- read <$> many1 digit
  spaces
  (n, m) <- getState
  putState (n + 1, M.insert name v m)

reference :: P Int
reference = do
  name <- many1 letter <* spaces
  (_, m) <- getState
  case M.lookup name m of
    Just v -> return v
    Nothing -> fail ("undefined variable " ++ name)

program :: P (Int, [Int])
program = do
  _ <- many (try assignment)
  _ <- string "print" <* spaces
  vals <- many1 reference
  eof
  (n, _) <- getState
  return (n, vals)

counter :: Parsec String Int [Int]
counter = many $ do
  _ <- char 'x'
  updateState (* 2)
  setState 7
  modifyState (+ 1)
  getState

main :: IO ()
main = do
  print (runParser countWords (0, M.empty) "words" "the quick brown fox")
  print (runParser program (0, M.empty) "prog" "a = 1 b = 22 c=3 print a c b a")
  print (runParser program (0, M.empty) "prog" "a = 1 print a z")
  print (runParser counter 0 "" "xxx")
  print (runParser (getState >>= \s -> putState (s ++ "!") >> getState) "hi" "" "")
  print (runP (many1 (char 'a' >> modifyState succ) >> getState) 'a' "" "aaaa")
