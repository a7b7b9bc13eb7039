-- ParsecT over State and over IO: lift, liftIO, the mtl instances
-- (MonadState, MonadReader through ParsecT), runParserT/runPT, mkPT/runParsecT.
import Control.Monad.Reader
import Control.Monad.State hiding (State)
import qualified Control.Monad.State as S
import Text.Parsec

type PS = ParsecT String () (S.State [String])

logged :: String -> PS ()
logged msg = lift (modify (msg :))

item :: PS String
item = do
  w <- many1 letter
  logged ("item " ++ w)
  spaces
  return w

-- MonadState through ParsecT (get/put reach the State underneath).
counted :: PS Int
counted = do
  xs <- many item
  n <- gets length
  put ["reset"]
  return (length xs + n)

ioParser :: ParsecT String Int IO [Int]
ioParser = many $ do
  ds <- many1 digit
  spaces
  modifyState (+ 1)
  k <- getState
  liftIO (putStrLn ("number " ++ show k ++ ": " ++ ds))
  return (read ds)

readerParser :: ParsecT String () (Reader Int) [Int]
readerParser = many $ do
  d <- digit
  scale <- ask
  bump <- local (* 10) ask
  return (scale * read [d] + bump)

main :: IO ()
main = do
  let (r, logs) = runState (runParserT counted () "st" "alpha beta gamma") []
  print r
  print logs
  let (r2, logs2) = runState (runParserT (item >> char '!') () "st" "one two") ["start"]
  print r2
  print (reverse logs2)
  res <- runParserT ioParser 0 "io" "10 20 30"
  print res
  res2 <- runPT (ioParser <* eof) 100 "io" "1 x"
  print res2
  print (runReader (runParserT readerParser () "" "123") 2)
  -- mkPT and runParsecT round trip
  let p = mkPT (runParsecT (string "ab")) :: Parsec String () String
  print (parse p "" "abc", parse p "" "ax")
  c <- runParsecT (many1 digit :: ParsecT String () IO String) (State "12z" (initialPos' "") ())
  case c of
    Consumed m -> m >>= \rep -> case rep of
      Ok x st _ -> putStrLn ("consumed ok " ++ x ++ " rest " ++ stateInput st)
      Error e -> print e
    Empty _ -> putStrLn "empty"
  c2 <- runParsecT (char 'q' :: ParsecT String () IO Char) (State "z" (initialPos' "n") ())
  case c2 of
    Consumed _ -> putStrLn "consumed"
    Empty m -> m >>= \rep -> case rep of
      Ok _ _ _ -> putStrLn "empty ok"
      Error e -> putStrLn ("empty error " ++ show e)
  where
    initialPos' n = either (const undefined) id (parse getPosition n "")
