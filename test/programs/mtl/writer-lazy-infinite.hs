import Control.Monad.Writer.Lazy
import qualified Control.Monad.Trans.Writer.Lazy as L
import qualified Control.Monad.Writer.Strict as S

forever' :: Int -> Writer [Int] ()
forever' n = tell [n] >> forever' (n + 1)

logs :: Writer [String] Int
logs = do
  tell ["first"]
  mapM_ (\i -> tell ["line " ++ show i]) [1 ..]
  return 0

main :: IO ()
main = do
  print (take 10 (execWriter (forever' 0)))
  print (take 3 (snd (runWriter logs)))
  print (take 5 (execWriter (mapM_ (tell . pure) (cycle "ab"))))
  print (take 4 (L.execWriter (L.censor (map (* 2)) (forever' 1))))
  print (take 6 (snd (runWriter (listen (forever' 7) >> return ()))))
  print (fst (runWriter (fmap (const "value ignores log") (forever' 0))))
  print (take 3 (execWriter (forM_ [1 ..] (\x -> when (x `mod` 3 == 0) (tell [x])))))
  print (take 5 (S.execWriter (S.tell [1, 2, 3, 4, 5, 6])))
  print (fst (runWriter (do { (a, _) <- listen (return 'z'); tell (undefined :: [Int]); return a }) ))
  print (getSum (execWriter (mapM_ (tell . Sum) [1 .. 100])))
  print (take 5 (execWriter (sequence_ (repeat (tell "x")))))
