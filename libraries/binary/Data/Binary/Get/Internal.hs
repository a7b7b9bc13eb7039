{-# LANGUAGE RankNTypes, BangPatterns, MagicHash #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- binary-0.8.8.0's Data.Binary.Get.Internal (clean-room, issue 14: written
-- from the documented API, the installed interface file's types and data
-- layouts, and GHC-compiled programs' observed behaviour).
--
-- A Get is a continuation-passing parser over the current strict chunk:
-- it is given the chunk and a success continuation and produces a Decoder,
-- which asks its runner for more input (Partial), for the number of bytes
-- fed so far (BytesRead: the runner answers with the total less the bytes
-- still unused), or ends (Done, Fail, each with the unused input).
module Data.Binary.Get.Internal
  ( Get (..),
    Consume,
    Decoder (..),
    runGetIncremental,
    readN,
    readNWith,
    bytesRead,
    isEmpty,
    lookAhead,
    lookAheadM,
    lookAheadE,
    label,
    isolate,
    remaining,
    getBytes,
    getByteString,
    get,
    put,
    ensureN,
    failOnEOF,
    withInputChunks,
    -- hs2stg: -O1 internals of the installed package
    zz_zdwisolate,
    zz_runGetIncremental1,
  )
where

import Control.Applicative (Alternative (..))
import Control.Monad (MonadPlus (..), ap)
import qualified Control.Monad.Fail as Fail
import Data.Binary.Internal (accursedUnutterablePerformIO)
import qualified Data.ByteString as B
import qualified Data.ByteString.Unsafe as B
import Data.Int (Int64)
import Foreign.Ptr (Ptr, castPtr)
import GHC.Exts (Int (I#), Int#)

-- | A decoder's state: failed (the unused input and the message), waiting
-- for input (Nothing: there is no more), done (the unused input, the
-- result), or asking how many bytes it has read (it tells how many of
-- the bytes fed are unused).
data Decoder a
  = Fail !B.ByteString String
  | Partial (Maybe B.ByteString -> Decoder a)
  | Done !B.ByteString a
  | BytesRead {-# UNPACK #-} !Int64 (Int64 -> Decoder a)

instance Show a => Show (Decoder a) where
  show d = case d of
    Fail _ msg -> "Fail: " ++ msg
    Partial _ -> "Partial _"
    Done _ a -> "Done: " ++ show a
    BytesRead _ _ -> "BytesRead"

instance Functor Decoder where
  fmap f d = case d of
    Fail inp msg -> Fail inp msg
    Partial k -> Partial (fmap f . k)
    Done inp a -> Done inp (f a)
    BytesRead n k -> BytesRead n (fmap f . k)

newtype Get a = C {runCont :: forall r. B.ByteString -> Success a r -> Decoder r}

type Success a r = B.ByteString -> a -> Decoder r

-- | A step of withInputChunks: given its state and the next chunk, either
-- the bytes wanted and the rest, or the state to go on with.
type Consume s = s -> B.ByteString -> Either s (B.ByteString, B.ByteString)

fmapG :: (a -> b) -> Get a -> Get b
fmapG f g = C (\inp k -> runCont g inp (\inp' a -> k inp' (f a)))

bindG :: Get a -> (a -> Get b) -> Get b
bindG g f = C (\inp k -> runCont g inp (\inp' a -> runCont (f a) inp' k))

apG :: Get (a -> b) -> Get a -> Get b
apG gf ga = bindG gf (\f -> fmapG f ga)

returnG :: a -> Get a
returnG a = C (\inp k -> k inp a)

instance Functor Get where
  fmap = fmapG

instance Applicative Get where
  pure = returnG
  (<*>) = apG
  a *> b = bindG a (\_ -> b)

instance Monad Get where
  (>>=) = bindG
  (>>) = (*>)
  return = pure

instance Fail.MonadFail Get where
  fail msg = C (\inp _ -> Fail inp msg)

instance Alternative Get where
  empty = C (\inp _ -> Fail inp "Data.Binary.Get(Alternative).empty")
  a <|> b = do
    (d, fed) <- track a
    case d of
      Done inp x -> put inp >> return x
      Fail _ _ -> pushBack fed >> b
      _ -> error "Binary: impossible"
  some g = do
    x <- g
    xs <- many g
    return (x : xs)
  many g = do
    m <- fmap Just g <|> return Nothing
    case m of
      Nothing -> return []
      Just x -> do
        xs <- many g
        return (x : xs)

instance MonadPlus Get

-- | Runs a Get to its end without consuming: its final Decoder (Done or
-- Fail) and the chunks it was fed beyond the current one.
track :: Get a -> Get (Decoder a, [B.ByteString])
track g = C (\inp k -> follow [] inp k (runCont g inp Done))
  where
    follow fed inp k d = case d of
      Done _ _ -> k inp (d, reverse fed)
      Fail _ _ -> k inp (d, reverse fed)
      Partial more ->
        Partial (\m -> follow (maybe fed (: fed) m) inp k (more m))
      BytesRead n more -> BytesRead n (follow fed inp k . more)

-- | Puts chunks back after the current input.
pushBack :: [B.ByteString] -> Get ()
pushBack [] = return ()
pushBack bs = C (\inp k -> k (B.concat (inp : bs)) ())

-- | Runs the decoder without consuming its input.
lookAhead :: Get a -> Get a
lookAhead g = do
  (d, fed) <- track g
  case d of
    Done _ a -> pushBack fed >> return a
    Fail inp msg -> C (\_ _ -> Fail inp msg)
    _ -> error "Binary: impossible"

-- | Consumes only when the decoder gives Just.
lookAheadM :: Get (Maybe a) -> Get (Maybe a)
lookAheadM g = do
  e <- lookAheadE (fmap (maybe (Left ()) Right) g)
  return (either (const Nothing) Just e)

-- | Consumes only when the decoder gives Right.
lookAheadE :: Get (Either a b) -> Get (Either a b)
lookAheadE g = do
  (d, fed) <- track g
  case d of
    Done inp (Right b) -> put inp >> return (Right b)
    Done _ (Left a) -> pushBack fed >> return (Left a)
    Fail inp msg -> C (\_ _ -> Fail inp msg)
    _ -> error "Binary: impossible"

-- | Appends the label, on a line of its own, to a failure's message.
label :: String -> Get a -> Get a
label name g = C (\inp k -> relabel k (runCont g inp Done))
  where
    relabel k d = case d of
      Done inp a -> k inp a
      Fail inp msg -> Fail inp (msg ++ "\n" ++ name)
      Partial more -> Partial (relabel k . more)
      BytesRead n more -> BytesRead n (relabel k . more)

-- | Runs the decoder on exactly the next n bytes.
isolate :: Int -> Get a -> Get a
isolate n g
  | n < 0 = Fail.fail "isolate: negative size"
  | otherwise = C (\inp k -> feed k inp (runCont g B.empty Done) n)
  where
    -- left: bytes of the n not given to the decoder yet; rest: the input
    feed k rest d left = case d of
      Partial more
        | left == 0 -> feed k rest (more Nothing) 0
        | B.null rest -> awaitInput k more left
        | otherwise ->
            let (now, later) = B.splitAt left rest
             in feed k later (more (Just now)) (left - B.length now)
      Done inp a
        | left == 0 && B.null inp -> k rest a
        | otherwise ->
            Fail
              (B.append inp rest)
              ( "isolate: the decoder consumed "
                  ++ show (n - left - B.length inp)
                  ++ " bytes which is less than the expected "
                  ++ show n
                  ++ " bytes"
              )
      Fail inp msg -> Fail (B.append inp rest) msg
      BytesRead unused more ->
        feed k rest (more $! fromIntegral (n - left) - unused) left
    awaitInput k more left = Partial (\m -> case m of
      Nothing -> feed k B.empty (more Nothing) 0
      Just s
        | B.null s -> awaitInput k more left
        | otherwise ->
            let (now, later) = B.splitAt left s
             in feed k later (more (Just now)) (left - B.length now))

-- | Runs a Get over input fed chunk by chunk; once told there is no more
-- input, every later request for input gets Nothing too.
runGetIncremental :: Get a -> Decoder a
runGetIncremental g = noMore False (runCont g B.empty Done)

noMore :: Bool -> Decoder a -> Decoder a
noMore ended d = case d of
  Partial more
    | ended -> noMore True (more Nothing)
    | otherwise -> Partial (\m -> noMore (maybe True (const False) m) (more m))
  BytesRead n more -> BytesRead n (noMore ended . more)
  _ -> d

-- | The current input chunk.
get :: Get B.ByteString
get = C (\inp k -> k inp inp)

-- | Replaces the current input chunk.
put :: B.ByteString -> Get ()
put s = C (\_ k -> k s ())

bytesRead :: Get Int64
bytesRead = C (\inp k -> BytesRead (fromIntegral (B.length inp)) (k inp))

-- | Waits for input: the action given the next non-empty chunk, or the
-- one for the end of input.
prompt :: Decoder r -> (B.ByteString -> Decoder r) -> Decoder r
prompt atEnd withChunk = wait
  where
    wait = Partial (\m -> case m of
      Nothing -> atEnd
      Just s
        | B.null s -> wait
        | otherwise -> withChunk s)

isEmpty :: Get Bool
isEmpty = C (\inp k ->
  if B.null inp then prompt (k inp True) (\s -> k s False) else k inp False)

-- | Everything left (reads the input to its end).
remaining :: Get Int64
remaining = C (\inp k ->
  let go acc = Partial (\m -> case m of
        Just s -> go (s : acc)
        Nothing ->
          let whole = B.concat (inp : reverse acc)
           in k whole (fromIntegral (B.length whole)))
   in go [])

getBytes :: Int -> Get B.ByteString
getBytes = getByteString

getByteString :: Int -> Get B.ByteString
getByteString n
  | n > 0 = readN n (B.unsafeTake n)
  | otherwise = return B.empty

-- | Makes at least n bytes the current input (joining chunks), or fails
-- with "not enough bytes" and all the input seen.
ensureN :: Int -> Get ()
ensureN n = C (\inp k ->
  if B.length inp >= n
    then k inp ()
    else runCont (withInputChunks n enough B.concat failOnEOF >>= put) inp k)
  where
    enough want s
      | B.length s >= want = Right (s, B.empty)
      | otherwise = Left (want - B.length s)

readN :: Int -> (B.ByteString -> a) -> Get a
readN n f = ensureN n >> C (\inp k -> k (B.unsafeDrop n inp) $! f inp)

readNWith :: Int -> (Ptr a -> IO a) -> Get a
readNWith n f =
  readN n (\s -> accursedUnutterablePerformIO (B.unsafeUseAsCString s (f . castPtr)))

failOnEOF :: [B.ByteString] -> Get a
failOnEOF bss = C (\_ _ -> Fail (B.concat bss) "not enough bytes")

-- | Consumes chunks while the Consume step asks for more; onSucc gets the
-- chunks taken (the last one cut where the step said), onFail all the
-- chunks seen when the input ends first.
withInputChunks ::
  s -> Consume s -> ([B.ByteString] -> b) -> ([B.ByteString] -> Get b) -> Get b
withInputChunks s0 step onSucc onFail = go s0 []
  where
    go s seen = C (\inp k -> case step s inp of
      Right (want, rest) -> k rest (onSucc (reverse (want : seen)))
      Left s' ->
        let seen' = inp : seen
         in prompt
              (runCont (onFail (reverse seen')) B.empty k)
              (\next -> runCont (go s' seen') next k))

-- -O1 internals of the installed package (types from its interface file).

zz_zdwisolate :: Int# -> Get a -> Get a
zz_zdwisolate n = isolate (I# n)

zz_runGetIncremental1 :: Decoder a -> Decoder a
zz_runGetIncremental1 = noMore False
