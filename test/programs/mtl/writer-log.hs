import Control.Monad.Writer
import Data.Semigroup (Max(..), Min(..))
import qualified Control.Monad.Writer.Strict as S
import qualified Control.Monad.Trans.Writer.Lazy as L

logStep :: Int -> Writer [String] Int
logStep x = do
  tell ["got " ++ show x]
  return (x * 2)

collatz :: Int -> Writer [Int] ()
collatz 1 = tell [1]
collatz n = tell [n] >> collatz (if even n then n `div` 2 else 3 * n + 1)

countOps :: [Int] -> Writer (Sum Int, Product Int) Int
countOps xs = do
  forM_ xs $ \x -> tell (Sum 1, Product x)
  return (length xs)

strictSum :: Int -> S.Writer (Sum Integer) ()
strictSum n = mapM_ (S.tell . Sum . fromIntegral) [1 .. n]

main :: IO ()
main = do
  print (runWriter (mapM logStep [1, 2, 3]))
  print (execWriter (collatz 6))
  print (runWriter (countOps [1 .. 6]))
  print (S.execWriter (strictSum 1000))
  print (runWriter (listen (logStep 5)))
  print (runWriter (listens length (tell "abc" >> tell "de")))
  print (runWriter (pass (do { tell "hello"; return (7, reverse) })))
  print (runWriter (censor (map negate) (tell [1, 2, 3] >> return 'x')))
  print (runWriter (writer (3, "w") >>= \x -> writer (x + 1, "v")))
  print (runWriter (mapWriter (\(a, w) -> (a * 2, w ++ "!")) (writer (5, "m"))))
  print (S.runWriter (S.listen (S.tell [True] >> S.tell [False])))
  print (S.runWriter (S.censor reverse (S.tell "abc")))
  print (S.runWriter (S.pass (S.writer ((1, (++ "x")), "y"))))
  print (L.runWriter (L.listens sum (L.tell [1, 2, 3 :: Int])))
  print (runWriter (forM [1 .. 4] (\i -> tell ([Max i], [Min i]) >> return (i * i))))
  print (getAll (execWriter (mapM_ (tell . All . even) [2, 4, 6])), getAny (execWriter (mapM_ (tell . Any . odd) [2, 4, 6])))
  print (runWriter (tell (First (Just 1), Last (Just 'a')) >> tell (First (Just 2), Last Nothing) >> tell (First Nothing, Last (Just 'c'))))
  (a, w) <- runWriterT (do { tell ["start"]; lift (putStrLn "in IO"); liftIO (putStrLn "lifted"); tell ["end"]; return 42 })
  print (a, w)
  w2 <- S.execWriterT (mapM_ (\x -> when (odd x) (S.tell [x])) [1 .. 10])
  print w2
  print (runWriter ((,) <$> writer ('a', "1") <*> writer ('b', "2")))
  print (runWriter (fmap length (writer ("xyz", [()]))))
  print (runWriter (tell "a" *> tell "b" <* tell "c"))
