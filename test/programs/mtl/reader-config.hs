import Control.Monad.Reader
import qualified Control.Monad.Trans.Reader as R

data Config = Config { verbose :: Bool, name :: String, depth :: Int } deriving Show

greeting :: Reader Config String
greeting = do
  n <- asks name
  v <- asks verbose
  return (if v then "Hello there, " ++ n ++ "!" else "Hi " ++ n)

nested :: Reader Config [Int]
nested = do
  d <- asks depth
  if d <= 0 then return [] else do
    rest <- local (\c -> c { depth = depth c - 1 }) nested
    return (d : rest)

tree :: Int -> Reader Int String
tree 0 = reader (\d -> replicate d ' ' ++ "leaf")
tree n = do
  d <- ask
  ls <- local (+ 2) (mapM tree [n - 1, n - 1])
  return (unlines' ((replicate d ' ' ++ "node " ++ show n) : ls))
  where unlines' = foldr1 (\a b -> a ++ "\n" ++ b)

app :: ReaderT Config IO ()
app = do
  c <- ask
  liftIO (putStrLn ("config: " ++ show c))
  g <- R.mapReaderT (fmap length) (asks name)
  lift (print g)
  v <- asks verbose
  when v (liftIO (putStrLn "verbose mode"))
  local (\x -> x { name = "inner" }) (asks name >>= liftIO . putStrLn)

funcReader :: Int -> String
funcReader = do
  a <- ask
  b <- asks (* 2)
  c <- local (+ 10) ask
  d <- reader show
  return (show (a, b, c) ++ d)

main :: IO ()
main = do
  let cfg = Config True "world" 3
  putStrLn (runReader greeting cfg)
  putStrLn (runReader greeting cfg { verbose = False })
  print (runReader nested cfg)
  putStrLn (runReader (tree 2) 0)
  print (runReader (withReader length (asks (* 3))) "abcd")
  print (runReader (mapReader (+ 1) ask) 41)
  print (runReader (R.withReaderT fst R.ask) (1 :: Int, "x"))
  runReaderT app cfg
  putStrLn (funcReader 5)
  r <- runReaderT (R.asks (++ "!") >>= \s -> lift (return (length s))) "hey"
  print r
  print (runReader (traverse (\x -> asks (+ x)) [1, 2, 3]) 100)
  print (runReader (sequence [ask, asks negate, R.reader (* 7)]) 6)
  print (runReader ((,) <$> ask <*> local (* 2) ask) 21)
  print (runReader (ask *> asks succ <* ask) 'a')
  print (runReader (R.local (map succ) ask) "HAL")
