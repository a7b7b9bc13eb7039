import Control.Monad
import Control.Monad.Trans.Maybe
import Control.Monad.Trans.Except
import Control.Monad.Trans.Class
import Control.Monad.IO.Class
import Control.Applicative
import qualified Data.Functor.Identity as I
import Control.Monad.State

phone :: [(String, String)]
phone = [("alice", "123"), ("bob", "456"), ("carol", "789")]

lookupM :: String -> MaybeT I.Identity String
lookupM k = MaybeT (return (lookup k phone))

both :: MaybeT I.Identity (String, String)
both = do
  a <- lookupM "alice"
  b <- lookupM "bob"
  return (a, b)

pythag :: Int -> MaybeT [] (Int, Int, Int)
pythag n = do
  a <- lift [1 .. n]
  b <- lift [a .. n]
  c <- lift [b .. n]
  guard (a * a + b * b == c * c)
  return (a, b, c)

askNumber :: String -> MaybeT IO Int
askNumber s = do
  liftIO (putStrLn ("parsing " ++ show s))
  case reads s of
    [(n, "")] -> return n
    _ -> mzero

firstPair :: MaybeT (State Int) Int
firstPair = do
  n <- lift get
  lift (put (n + 1))
  guard (n > 2) <|> (lift (modify (* 10)) >> empty)
  return n

main :: IO ()
main = do
  print (I.runIdentity (runMaybeT both))
  print (I.runIdentity (runMaybeT (lookupM "dave" <|> lookupM "carol")))
  print (I.runIdentity (runMaybeT (msum [lookupM "x", lookupM "y"])))
  print (take 3 (runMaybeT (pythag 20)))
  r <- runMaybeT (liftA2 (+) (askNumber "12") (askNumber "30"))
  print r
  r2 <- runMaybeT (askNumber "1x" >>= \n -> liftIO (print n) >> return n)
  print r2
  r3 <- runMaybeT (do { (x : _) <- return []; liftIO (putStrLn "no"); return (x :: Int) })
  print r3
  r4 <- runMaybeT (do { Just y <- return (Just 'q'); return y })
  print r4
  print (runState (runMaybeT firstPair) 0, runState (runMaybeT firstPair) 5)
  print (I.runIdentity (runExceptT (maybeToExceptT "missing" (lookupM "zed"))))
  print (I.runIdentity (runExceptT (maybeToExceptT "missing" (lookupM "bob"))))
  print (I.runIdentity (runMaybeT (exceptToMaybeT (throwE "e" :: ExceptT String I.Identity Int))))
  print (I.runIdentity (runMaybeT (exceptToMaybeT (return 7 :: ExceptT String I.Identity Int))))
  print (I.runIdentity (runMaybeT (mapMaybeT (fmap (fmap length)) (lookupM "alice"))))
  print (runMaybeT (fmap (* 2) (MaybeT [Just 1, Nothing, Just 3])))
  print (runMaybeT (MaybeT [Just 1, Nothing] *> MaybeT [Just 'a']))
  print (sum (MaybeT [Just 1, Nothing, Just 5]), length (MaybeT (Just (Just 'x'))))
  print (fmap runMaybeT (traverse (\x -> [x, x + 1]) (MaybeT (Just (Just 10)))))
  print (I.runIdentity (runMaybeT (many (MaybeT (return Nothing) :: MaybeT I.Identity Int))))
  print (runMaybeT (mplus (MaybeT [Nothing, Just 1]) (MaybeT [Just 2])))
