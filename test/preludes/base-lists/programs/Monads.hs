-- Functor/Applicative/Monad/MonadFail/Alternative for lists, Maybe, Either
-- and IO; a user-defined State monad built on GHC's default methods;
-- Control.Monad's loops; Semigroup/Monoid instances and defaults.
import Control.Monad
import Control.Applicative
import Data.Functor
import Data.Semigroup (stimes)

newtype State s a = State { runState :: s -> (a, s) }
instance Functor (State s) where fmap = liftM
instance Applicative (State s) where
  pure x = State (\s -> (x, s))
  (<*>) = ap
instance Monad (State s) where
  m >>= k = State (\s -> let (a, s') = runState m s in runState (k a) s')

get' :: State s s
get' = State (\s -> (s, s))
put' :: s -> State s ()
put' s = State (const ((), s))

counter :: State Int [Int]
counter = replicateM 4 (do n <- get'; put' (n * 2); return n)

newtype MaxI = MaxI Int deriving Show
instance Semigroup MaxI where MaxI a <> MaxI b = MaxI (max a b)
instance Monoid MaxI where mempty = MaxI minBound

safeDiv :: Int -> Int -> Maybe Int
safeDiv _ 0 = Nothing
safeDiv a b = Just (a `div` b)

pairs :: [(Int, Char)]
pairs = do
  x <- [1, 2, 3]
  c <- "ab"
  guard (odd x)
  return (x, c)

firstJust :: Maybe (Int, Int)
firstJust = do
  (a, 1) <- Just (5, 2)
  return (a, a)

main :: IO ()
main = do
  print (fmap (+ 1) [1, 2, 3 :: Int], (+ 1) <$> Just (2 :: Int), 'x' <$ [1, 2 :: Int], Just 'y' $> 'z', void (Just 'q'))
  print ([1, 2 :: Int] <&> (* 3))
  print (pure 5 :: [Int], [(+ 1), (* 2)] <*> [10, 20 :: Int], liftA2 (,) "ab" "cd", [1, 2 :: Int] *> "xy", [1, 2 :: Int] <* "xy")
  print (Just (+ 3) <*> Just (4 :: Int), Just 1 *> Just (2 :: Int), Just (1 :: Int) <* Nothing :: Maybe Int, liftA2 (+) (Just 1) (Nothing :: Maybe Int))
  print ([1, 2, 3] >>= \x -> [x, x * 10 :: Int], Just 4 >>= safeDiv 12, Just 4 >>= safeDiv 12 >>= safeDiv 0, Just (1 :: Int) >> Just 'k')
  print (Right 3 >>= (\x -> if x > 2 then Left "big" else Right (x :: Int)) :: Either String Int, fmap (* 2) (Left "e" :: Either String Int), (Right (+ 1) <*> Right 2 :: Either String Int))
  print (pairs, firstJust, (do { (x : _) <- [[1 :: Int], [], [2, 3]]; return x }))
  print (runState counter 1, join [[1], [2, 3 :: Int]], join (Just (Just 'j')), (=<<) (\x -> [x, x]) "ab", liftM2 (+) (Just 1) (Just (2 :: Int)))
  print ((safeDiv 100 >=> safeDiv 50) 5, (safeDiv 1 <=< safeDiv 100) 7, ap [(+ 1)] [1, 2 :: Int], liftA3 (,,) (Just 'a') (Just 'b') (Just 'c'))
  print (Nothing <|> Just 3 <|> Just (4 :: Int), [1, 2] <|> [3 :: Int], empty :: Maybe Int, mzero :: [Int], mplus (Just 1) (Just (2 :: Int)))
  print (guard False :: Maybe ())
  print (filterM (const [True, False]) [1, 2, 3 :: Int], zipWithM (\a b -> if b /= 0 then Just (a `div` b) else Nothing) [10, 20] [2, 5 :: Int])
  print (foldM (\acc x -> if x > 0 then Just (acc + x) else Nothing) 0 [1, 2, 3 :: Int], replicateM 2 "ab", mapAndUnzipM (\x -> Just (x, x * x)) [1, 2, 3 :: Int])
  print (sequence [Just 1, Just (2 :: Int)], mapM (\x -> [x, -x]) [1, 2 :: Int], msum [Nothing, Just 'm'], forever Nothing :: Maybe ())
  print ([1, 2] <> [3 :: Int], "ab" <> "cd", mempty :: String, mconcat ["x", "y", "z"], Just [1 :: Int] <> Nothing <> Just [2])
  print (compare 1 2 <> compare 3 (3 :: Int))
  print (mconcat [MaxI 3, MaxI 9, MaxI 2], mempty :: MaxI, (EQ <> GT) <> LT, mconcat [EQ, EQ, LT], () <> ())
  print (mempty :: Ordering)
  print (stimes 3 "ab", stimes (2 :: Integer) [1 :: Int], sconcat' ["p", "q"], mappend "m" "n")
  r <- fmap (* 2) (return 21 :: IO Int)
  print r
  s <- (++) <$> pure "ab" <*> return "cd"
  putStrLn s
  t <- liftA2 (+) (return 1) (pure (2 :: Int))
  u <- return 5 <* putStrLn "side effect first" :: IO Int
  print (t, u)
  when (t > 2) (putStrLn "when True")
  when (t > 9) (putStrLn "when False")
  unless (t > 9) (putStrLn "unless False")
  replicateM_ 3 (putStr "r")
  putStrLn ""
  n <- foldM (\acc x -> do { putStr (show x ++ " "); return (acc + x) }) 0 [1, 2, 3 :: Int]
  print n
  zipWithM_ (\i w -> putStrLn (show i ++ ": " ++ w)) [1 :: Int ..] ["one", "two", "three"]
  ws <- mapM (\x -> return (x * x)) [1, 2, 3 :: Int]
  vs <- forM [4, 5 :: Int] (return . negate)
  qs <- sequence [return 'a', return 'b']
  rs <- replicateM 2 (return 'z')
  print (ws, vs, qs, rs)
  (putStrLn "then" >> putStrLn "again") >>= \() -> return ()
  mapM_ (putStrLn . show) (Just 'J')
  where sconcat' = foldr1 (<>)
